package io.github.pdplane.commands;

/**
 * Where a parameter goes in the ImageJ 1.x dialog that {@code io.github.pdplane.ij.CommandBridge}
 * builds from a command: SciJava attributes a parameter sets to {@code "true"}, for example
 * {@code @Parameter( label = "Reference stack", attrs = @Attr( name = DialogLayout.SAME_ROW, value = "true" ) )}.
 * Without them the dialog lists the data (images, files, folders) first, then the options, each in
 * parameter order. (The bridge reads them from the field's annotation, since SciJava's copies of a
 * {@code DynamicCommand}'s inputs drop attributes.)
 */
public final class DialogLayout
{
	/**
	 * On the row of the parameter before it, in the same group: an open stack and a name beside the folder
	 * they go with, the lists of algorithms beside the folder of algorithms, so that each set of images is
	 * one row however it is given.
	 */
	public static final String SAME_ROW = "pdplane.sameRow";

	/** After the data and the options, in parameter order: what the command writes or shows (output folder, overwrite, plot). */
	public static final String OUTPUT = "pdplane.output";

	private DialogLayout()
	{}
}
