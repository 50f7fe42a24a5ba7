package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import io.github.pdplane.bench.NiqeBenchmark;
import io.github.pdplane.image.Plane;

/** 8-bit grey test images written as TIFF files with ImageJ, and listings of folders. */
final class ImageFilesOnDisk
{
	private ImageFilesOnDisk()
	{}

	/**
	 * A seeded 8-bit scene with natural statistics (NIQE can score it from 192x192), its values limited to
	 * 5..250 so that an offset of up to 5 never clips: the RMSE of such an offset is the offset.
	 */
	static Plane scene( final int size, final long seed )
	{
		final double[] v = NiqeBenchmark.scene( size, size, seed ).values().clone();
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = Math.min( 250, Math.max( 5, v[ i ] ) );
		return new Plane( size, size, v );
	}

	/** {@code p + offset}, clipped to 0..255. */
	static Plane offset( final Plane p, final double offset )
	{
		final double[] v = p.values().clone();
		for ( int i = 0; i < v.length; i++ )
			v[ i ] = Math.min( 255, Math.max( 0, v[ i ] + offset ) );
		return new Plane( p.width(), p.height(), v );
	}

	static Path tiff( final Path file, final Plane plane ) throws IOException
	{
		return tiff( file, new ImagePlus( file.getFileName().toString(), processor( plane ) ) );
	}

	/** Any single image (RGB too) as a TIFF file. */
	static Path tiff( final Path file, final ImagePlus image ) throws IOException
	{
		Files.createDirectories( file.getParent() );
		assertTrue( new FileSaver( image ).saveAsTiff( file.toString() ) );
		return file;
	}

	/**
	 * The folders of an evaluation of two algorithms: DIR/ref/ with {@code n} {@link #scene}s of {@code size} x
	 * {@code size} pixels, DIR/close/ (each brighter by 1) and DIR/far/ (brighter by 4).
	 */
	static Path algorithmFolders( final Path dir, final int n, final int size ) throws IOException
	{
		for ( int i = 0; i < n; i++ )
		{
			final Plane scene = scene( size, 70 + i );
			final String name = "img" + i + ".tif";
			tiff( dir.resolve( "ref" ).resolve( name ), scene );
			tiff( dir.resolve( "close" ).resolve( name ), offset( scene, 1 ) );
			tiff( dir.resolve( "far" ).resolve( name ), offset( scene, 4 ) );
		}
		return dir;
	}

	/** A TIFF stack; a single slice is a single image (ImageJ saves a stack of one as an image). */
	static Path stack( final Path file, final Plane... slices ) throws IOException
	{
		if ( slices.length == 1 )
			return tiff( file, slices[ 0 ] );
		Files.createDirectories( file.getParent() );
		final ImageStack stack = new ImageStack( slices[ 0 ].width(), slices[ 0 ].height() );
		for ( final Plane p : slices )
			stack.addSlice( processor( p ) );
		assertTrue( new FileSaver( new ImagePlus( file.getFileName().toString(), stack ) ).saveAsTiffStack( file.toString() ) );
		return file;
	}

	private static ByteProcessor processor( final Plane plane )
	{
		final ByteProcessor ip = new ByteProcessor( plane.width(), plane.height() );
		final double[] v = plane.values();
		for ( int i = 0; i < v.length; i++ )
			ip.set( i, ( int ) v[ i ] );
		return ip;
	}

	/** The names in a folder, sorted; empty where it does not exist. */
	static List< String > names( final Path folder ) throws IOException
	{
		if ( !Files.isDirectory( folder ) )
			return java.util.Collections.emptyList();
		try (Stream< Path > files = Files.list( folder ))
		{
			return files.map( p -> p.getFileName().toString() ).sorted().collect( Collectors.toList() );
		}
	}
}
