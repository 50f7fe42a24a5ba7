package io.github.pdplane.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.FolderImages;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.InputPaths;
import io.github.pdplane.io.OutputFiles;

/**
 * One set of images of a batch job: the references, or the outputs of one algorithm. Either a folder
 * of image files, opened one at a time while the job runs (each file is one image, or one row per
 * slice where the file is a stack), or one stack already in memory whose slices are the images.
 * <p>
 * The name (an algorithm's name in tables, legends and messages) is the folder's name or the stack's
 * name unless changed with {@link #named(String)}. Immutable; a set holds paths or a stack view, never
 * decoded pixels of its own.
 */
public final class ImageSet
{
	private final String name;

	private final Path folder;

	private final ImageSource stack;

	private ImageSet( final String name, final Path folder, final ImageSource stack )
	{
		this.name = name;
		this.folder = folder;
		this.stack = stack;
	}

	/** The image files of {@code folder}, paired with other folders by file name; named after the folder. */
	public static ImageSet folder( final Path folder )
	{
		final Path fileName = folder.toAbsolutePath().normalize().getFileName();
		return new ImageSet( fileName == null ? folder.toString() : fileName.toString(), Objects.requireNonNull( folder ), null );
	}

	/**
	 * The algorithms of a folder laid out like {@code test-images/}: one set per visible sub-folder of
	 * {@code root}, in name order, each named after its sub-folder. The reference folder is skipped where
	 * it lies inside {@code root}, so that a data set's own folder can be given as it is.
	 *
	 * @param referenceToSkip
	 *            the reference folder, or null where there is none to skip
	 * @throws PdPlaneException
	 *             naming {@code root} where it does not exist, is not a folder, cannot be listed, or has
	 *             no sub-folder besides the reference folder
	 */
	public static List< ImageSet > algorithmFolders( final Path root, final Path referenceToSkip )
	{
		if ( !Files.isDirectory( root ) )
			throw new PdPlaneException( Files.exists( root ) ? "'" + root + "' is not a folder." : InputPaths.missing( root, root.toString() ) );
		final List< Path > folders;
		try (Stream< Path > entries = Files.list( root ))
		{
			folders = entries.filter( p -> !p.getFileName().toString().startsWith( "." ) && Files.isDirectory( p ) ).sorted( Comparator
					.comparing( p -> p.getFileName().toString() ) ).collect( Collectors.toList() );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot list the folder '" + root + "': " + OutputFiles.reason( e ) + ".", e );
		}
		final List< ImageSet > algorithms = new ArrayList<>();
		boolean referenceInside = false;
		for ( final Path folder : folders )
			if ( referenceToSkip != null && sameFolder( folder, referenceToSkip ) )
				referenceInside = true;
			else
				algorithms.add( folder( folder ) );
		if ( algorithms.isEmpty() )
			throw new PdPlaneException( "'" + root + "' needs at least one algorithm folder" + ( referenceInside ? " beside the reference folder '"
					+ referenceToSkip.getFileName() + "'" : "" ) + ": one sub-folder per algorithm, named after it, with its outputs." );
		return algorithms;
	}

	/** Whether two paths name one folder, however written (relative, through a link). */
	private static boolean sameFolder( final Path a, final Path b )
	{
		try
		{
			return Files.isSameFile( a, b );
		}
		catch ( final IOException e )
		{
			// one of them cannot be reached (a reference folder that does not exist): not the same
			return false;
		}
	}

	/**
	 * The slices of {@code stack} (a single image counts as a stack of one), paired with other stacks
	 * by slice index; named after the stack.
	 */
	public static ImageSet stack( final ImageSource stack )
	{
		return new ImageSet( stack.name(), null, Objects.requireNonNull( stack ) );
	}

	/** This set under another name (the algorithm's name in tables and on the plane). */
	public ImageSet named( final String newName )
	{
		return new ImageSet( newName, folder, stack );
	}

	public String name()
	{
		return name;
	}

	public boolean isStack()
	{
		return stack != null;
	}

	/** The folder, or {@code null} for a stack. */
	public Path folder()
	{
		return folder;
	}

	/** The stack, or {@code null} for a folder. */
	public ImageSource stack()
	{
		return stack;
	}

	/** {@code "folder 'out/edsr'"} or {@code "stack 'edsr.tif' (100 slices)"}, for messages. */
	public String describe()
	{
		return isStack() ? "stack '" + stack.name() + "' (" + stack.slices() + ( stack.slices() == 1 ? " slice)" : " slices)" )
				: "folder '" + folder + "'";
	}

	@Override
	public String toString()
	{
		return name + " (" + describe() + ")";
	}

	/**
	 * The set's images, in pairing order: the folder's image files sorted by name, or the stack's
	 * slices. Lists the folder (no image is opened).
	 *
	 * @param skipUnreadable
	 *            whether unreadable image files ({@link FolderImages}) are kept as items, to fail when opened
	 *            and be counted as failures, rather than refused with the folder
	 * @param skipped
	 *            receives a note for each file of the folder that is not an image
	 * @throws PdPlaneException
	 *             where the folder does not exist, holds no image, or without {@code skipUnreadable} holds
	 *             unreadable image files
	 */
	List< Item > items( final ImageFileReader reader, final boolean skipUnreadable, final Consumer< String > skipped )
	{
		final List< Item > items = new ArrayList<>();
		if ( isStack() )
			for ( int s = 0; s < stack.slices(); s++ )
				items.add( new Item( Item.sliceKey( s ), null, s ) );
		else
			// kept unreadable files are reported as the failures they become when opened, not also as skipped
			for ( final Path file : FolderImages.list( reader, folder, p -> skipped.accept( "skipped '" + p + "': not an image file." ) ).check(
					skipUnreadable, line -> {} ).all() )
				items.add( new Item( file.getFileName().toString(), file, -1 ) );
		return Collections.unmodifiableList( items );
	}

	/** Opens one of {@link #items}: reads the file, or views the slice. */
	ImageSource open( final Item item, final ImageFileReader reader )
	{
		return isStack() ? new SliceImage( stack, item.slice() ) : reader.open( item.file() );
	}

	/** Where an item of this set is, for messages: the file's path, or the stack and slice. */
	String locate( final Item item )
	{
		return isStack() ? stack.sliceName( item.slice() ) : item.file().toString();
	}

	/** Where an item of this set with {@code key} would be (for an item it lacks). */
	String locate( final String key )
	{
		return isStack() ? stack.name() + " (" + key + ")" : folder.resolve( key ).toString();
	}
}
