package io.github.pdplane.commands;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import io.github.pdplane.batch.JobOutputs;
import io.github.pdplane.chart.PlaneFiles;

/**
 * The output folder of a plane command, or none: checked before any image is read, written only after a
 * complete run, its files as one set (all or none; an earlier run's replaced as a whole) ({@code prepare} and {@code make} of a {@link JobOutputs}). Files
 * of an earlier run are replaced with {@code overwrite}, or after the person at the dialog confirms it;
 * where nobody can be asked (a macro) the command stops with a message before any image is read.
 */
final class OutputFolder
{
	/** Writes a result's files into the checked target, as the methods of {@link PlaneFiles} do. */
	@FunctionalInterface
	interface Writer
	{
		void write( PlaneFiles.Target target );
	}

	private final String title;

	private final Path folder;

	private final boolean overwrite;

	private final List< String > files;

	/** Whether {@link #prepare()} allowed replacing the files (Overwrite, or the person said so). */
	private boolean replace;

	/** What {@link #prepare()} checked; null before, or without a folder. */
	private PlaneFiles.Target target;

	/**
	 * @param title
	 *            the command's title, for the question
	 * @param folder
	 *            null for none
	 * @param files
	 *            the files the command writes into it
	 */
	OutputFolder( final String title, final Path folder, final boolean overwrite, final List< String > files )
	{
		this.title = title;
		this.folder = folder;
		this.overwrite = overwrite;
		this.files = files;
	}

	/** The folder, or null where none was given. */
	Path path()
	{
		return folder;
	}

	/**
	 * Checks that the files can be written; where some exist and Overwrite is not ticked, asks the person.
	 *
	 * @return false where the person declined to replace them
	 * @throws io.github.pdplane.PdPlaneException
	 *             where the folder cannot be written, or files exist and nobody can be asked
	 */
	boolean prepare()
	{
		if ( folder == null )
			return true;
		final List< String > existing = PlaneFiles.existing( folder, files );
		boolean replace = overwrite;
		if ( !replace && !existing.isEmpty() && ReplaceConfirmation.canAsk() )
		{
			if ( !ReplaceConfirmation.confirm( title, "The folder " + folder + "\nholds " + String.join( ", ", existing )
					+ " of an earlier run.\nReplace " + ( existing.size() == 1 ? "it?" : "them?" ) ) )
				return false;
			replace = true;
		}
		target = PlaneFiles.check( folder, replace, files, ReplaceConfirmation.HOW_TO_REPLACE );
		this.replace = replace;
		return true;
	}

	/**
	 * A job's outputs: {@link #prepare()} before any image is read, and {@code make} after a complete run in
	 * which something was scored.
	 */
	< R > JobOutputs< R > outputs( final Consumer< R > make )
	{
		return new JobOutputs< R >()
		{
			@Override
			public boolean prepare()
			{
				return OutputFolder.this.prepare();
			}

			@Override
			public void make( final R result )
			{
				make.accept( result );
			}
		};
	}

	/**
	 * Writes the files with {@code writer}, where a folder is given, replacing only what {@link #prepare()}
	 * allowed, as one set ({@link io.github.pdplane.io.ResultFiles}): the command line's code.
	 */
	void write( final Writer writer )
	{
		if ( target != null )
			writer.write( target );
	}

	/** Whether {@link #prepare()} allowed replacing the files where they exist. */
	boolean replaceAllowed()
	{
		return replace;
	}

	/** What {@link #prepare()} did with files that interrupted runs left in the folder, for the Log. */
	List< String > recovered()
	{
		return target == null ? Collections.emptyList() : target.recovered();
	}

	/** The end of the Log's summary line: {@code "; written to '...'."}, or {@code "."} without a folder. */
	String writtenTo()
	{
		return folder == null ? "." : "; written to '" + folder + "'.";
	}
}
