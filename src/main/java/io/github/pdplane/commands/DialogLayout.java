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

	/**
	 * A consent for one run (replace an earlier run's files, download a model): every dialog starts from the
	 * parameter's default, never from the person's last choice, so that a file is not replaced or a download
	 * started because a box was ticked days before.
	 */
	public static final String ASK_EACH_TIME = "pdplane.askEachTime";

	/**
	 * The value the macro example of the dialog's Help gives the parameter (an open image's title, a file, a
	 * list), where the command needs it though it is optional: one of two ways to give a set, for example
	 * {@code reference.tif} for the reference stack. The example names these and the required images, so it
	 * runs as it is once images of those titles are open; every other key takes its default.
	 */
	public static final String EXAMPLE = "pdplane.example";

	private DialogLayout()
	{}
}
