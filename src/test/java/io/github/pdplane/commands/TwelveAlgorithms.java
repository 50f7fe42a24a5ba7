package io.github.pdplane.commands;

import static io.github.pdplane.commands.CommandHarness.texture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;

import io.github.pdplane.batch.ImageSet;

/**
 * A generated data set of twelve algorithms, more than the eight rows Evaluate Algorithms... once had:
 * three grey scenes of 192x192 (the least NIQE scores, and the dialog's y axis is a no-reference
 * metric), as folders laid out like {@code test-images/} ({@code reference/} and {@code algorithm-01/}
 * ... {@code algorithm-12/}) or as stacks whose slices are the scenes. Every algorithm adds its own pattern to the references, so each
 * has its own place on the plane.
 */
public final class TwelveAlgorithms
{
	public static final int COUNT = 12, SCENES = 3, SIZE = 192;

	public static final String REFERENCE = "reference";

	/**
	 * The twelve algorithms as a list the keys algorithms and stacks take, with what Evaluate
	 * Algorithms... should make of it: last first (the rows follow the list, not name order), every odd
	 * one named {@code Method N} and the others under their default name, separated by ';' and, before
	 * every third entry, a new line.
	 */
	public static final class Listing
	{
		/** The list's text, as a command receives it. */
		public final String text;

		/** The sets the list names, in its order, under their names. */
		public final List< ImageSet > sets;

		/** The algorithms' names, in the list's order. */
		public final List< String > names;

		/**
		 * @param entry
		 *            algorithm a's entry without a name: its folder or its stack's title
		 * @param set
		 *            algorithm a's set under its default name
		 */
		public Listing( final IntFunction< String > entry, final IntFunction< ImageSet > set )
		{
			final StringBuilder list = new StringBuilder();
			final List< ImageSet > listed = new ArrayList<>();
			final List< String > named = new ArrayList<>();
			for ( int a = COUNT; a >= 1; a-- )
			{
				final String name = a % 2 == 1 ? "Method " + a : null;
				if ( list.length() > 0 )
					list.append( listed.size() % 3 == 0 ? "\n" : ";" );
				list.append( name == null ? "" : name + "=" ).append( entry.apply( a ) );
				listed.add( name == null ? set.apply( a ) : set.apply( a ).named( name ) );
				named.add( listed.get( listed.size() - 1 ).name() );
			}
			text = list.toString();
			sets = Collections.unmodifiableList( listed );
			names = Collections.unmodifiableList( named );
		}
	}

	private TwelveAlgorithms()
	{}

	/** {@code algorithm-01} ... {@code algorithm-12}: name order is number order. */
	public static String name( final int algorithm )
	{
		return String.format( Locale.ROOT, "algorithm-%02d", algorithm );
	}

	/** Scene {@code s} as algorithm {@code a} leaves it (0: the reference): a pattern whose period and strength grow with {@code a}. */
	private static int pixel( final int a, final int s, final int x, final int y )
	{
		final int pattern = a == 0 ? 0 : ( x * a + y * ( COUNT + 1 - a ) ) % ( a + 2 ) - a / 2;
		return Math.max( 0, Math.min( 255, texture( x + 5 * s, y ) + pattern ) );
	}

	private static ImagePlus scene( final int a, final int s )
	{
		return CommandHarness.grey8( "scene-" + s + ".tif", SIZE, SIZE, ( x, y ) -> pixel( a, s, x, y ) );
	}

	/** Writes {@code root/reference/} and {@code root/algorithm-NN/}, three TIFF scenes each, and returns {@code root}. */
	public static Path writeFolders( final Path root ) throws IOException
	{
		for ( int a = 0; a <= COUNT; a++ )
		{
			final Path folder = Files.createDirectories( root.resolve( a == 0 ? REFERENCE : name( a ) ) );
			for ( int s = 0; s < SCENES; s++ )
				save( scene( a, s ), folder.resolve( "scene-" + s + ".tif" ) );
		}
		return root;
	}

	/** Algorithm {@code a}'s scenes as the slices of one stack (0: the references). */
	public static ImagePlus stack( final String title, final int a )
	{
		final ImageStack stack = new ImageStack( SIZE, SIZE );
		for ( int s = 0; s < SCENES; s++ )
			stack.addSlice( scene( a, s ).getProcessor() );
		return new ImagePlus( title, stack );
	}

	/** Writes {@code folder/reference.tif} and {@code folder/algorithm-NN.tif}, each a stack of the three scenes. */
	public static Path writeStacks( final Path folder ) throws IOException
	{
		Files.createDirectories( folder );
		for ( int a = 0; a <= COUNT; a++ )
		{
			final String file = ( a == 0 ? REFERENCE : name( a ) ) + ".tif";
			save( stack( file, a ), folder.resolve( file ) );
		}
		return folder;
	}

	private static void save( final ImagePlus imp, final Path file ) throws IOException
	{
		final FileSaver saver = new FileSaver( imp );
		if ( !( imp.getStackSize() > 1 ? saver.saveAsTiffStack( file.toString() ) : saver.saveAsTiff( file.toString() ) ) )
			throw new IOException( "ImageJ could not write '" + file + "'." );
	}
}
