package io.github.pdplane.batch;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.bench.NiqeBenchmark;
import io.github.pdplane.image.ArrayImage;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.image.SampleType;
import io.github.pdplane.io.ImageFileReader;

/**
 * An in-memory file system of images for the batch tests: folders of named images, damaged files (which
 * fail to open with a message) and files that are not images (which a listing skips). Counts the files
 * opened; thread-safe.
 */
final class MemoryFiles implements ImageFileReader
{
	private final Map< Path, Object > files = new TreeMap<>();

	final AtomicInteger opened = new AtomicInteger();

	/** Runs before each open, with the path (a test's hook, e.g. to cancel a job mid-run). */
	volatile Consumer< Path > beforeOpen = p -> {};

	MemoryFiles put( final String path, final ImageSource image )
	{
		files.put( Paths.get( path ), image );
		return this;
	}

	/** Takes a file away (a missing output). */
	MemoryFiles remove( final String path )
	{
		files.remove( Paths.get( path ) );
		return this;
	}

	/** A file that is an image by its signature but fails to open. */
	MemoryFiles damaged( final String path )
	{
		files.put( Paths.get( path ), "damaged" );
		return this;
	}

	/** A file that is not an image at all. */
	MemoryFiles text( final String path )
	{
		files.put( Paths.get( path ), "text" );
		return this;
	}

	@Override
	public synchronized List< Path > imagesIn( final Path folder, final Consumer< Path > skipped )
	{
		final List< Path > images = new ArrayList<>();
		boolean exists = false;
		for ( final Map.Entry< Path, Object > e : files.entrySet() )
			if ( folder.equals( e.getKey().getParent() ) )
			{
				exists = true;
				if ( "text".equals( e.getValue() ) )
					skipped.accept( e.getKey() );
				else
					images.add( e.getKey() );
			}
		if ( !exists )
			throw new PdPlaneException( "'" + folder + "' does not exist." );
		if ( images.isEmpty() )
			throw new PdPlaneException( "The folder '" + folder + "' has no image files." );
		return images;
	}

	@Override
	public ImageSource open( final Path file )
	{
		beforeOpen.accept( file );
		final Object o;
		synchronized ( this )
		{
			o = files.get( file );
		}
		opened.incrementAndGet();
		if ( o == null )
			throw new PdPlaneException( "'" + file + "' does not exist." );
		if ( o instanceof String )
			throw new PdPlaneException( "'" + file + "' could not be read as an image (the file may be damaged)." );
		return ( ImageSource ) o;
	}

	/** A seeded 8-bit grey scene with natural statistics, {@code w} by {@code h}. */
	static Plane scene( final int w, final int h, final long seed )
	{
		return NiqeBenchmark.scene( w, h, seed );
	}

	/** {@code p + offset}, clipped to 8 bits: the RMSE against {@code p} is {@code offset} where nothing clips. */
	static Plane offset( final Plane p, final double offset )
	{
		final double[] v = p.values().clone();
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = Math.min( 255, Math.max( 0, v[ i ] + offset ) );
		return new Plane( p.width(), p.height(), v );
	}

	/** A small 8-bit ramp with values 10..209 (never clipped by small offsets). */
	static Plane ramp( final int w, final int h, final double offset )
	{
		final double[] a = new double[ w * h ];
		for ( int i = 0; i < a.length; i++ )
			a[ i ] = 10 + ( i * 7 % 200 ) + offset;
		return new Plane( w, h, a );
	}

	static ArrayImage grey( final String name, final Plane p )
	{
		return ArrayImage.grey( name, p, SampleType.UINT8 );
	}
}
