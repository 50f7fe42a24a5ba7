package io.github.pdplane.io.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.io.TiffDecoder;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import io.github.pdplane.PdPlaneException;

/** A TIFF whose pixels end before its header says is refused; a whole one reads. */
class TruncatedTiffsTest
{
	@TempDir
	Path dir;

	@Test
	void aSingleImageCutShortIsRefusedAndTheWholeOneReads() throws IOException
	{
		final ShortProcessor ip = new ShortProcessor( 40, 30 );
		for ( int i = 0; i < 1200; i++ )
			ip.set( i, 1000 + i );
		final Path whole = dir.resolve( "whole.tif" );
		new FileSaver( new ImagePlus( "whole", ip ) ).saveAsTiff( whole.toString() );
		assertEquals( 1000 + 1199, ImageFiles.openImagePlus( whole ).getProcessor().get( 1199 ) );
		assertRefused( cut( whole, 2 ), "cut short" );
		assertRefused( cut( whole, 2 + 1 ), "cut short" );
	}

	/** ImageJ writes a stack's slices one after another behind one header: the last slice cut short is caught too. */
	@Test
	void aStackWhoseLastSliceIsCutShortIsRefused() throws IOException
	{
		final ImageStack stack = new ImageStack( 16, 16 );
		for ( int s = 0; s < 3; s++ )
			stack.addSlice( new FloatProcessor( 16, 16 ) );
		final Path whole = dir.resolve( "stack.tif" );
		new FileSaver( new ImagePlus( "stack", stack ) ).saveAsTiffStack( whole.toString() );
		assertEquals( 3, ImageFiles.openImagePlus( whole ).getStackSize() );
		final Path cut = dir.resolve( "stack-cut.tif" );
		final byte[] all = Files.readAllBytes( whole );
		// ImageJ puts its metadata after the pixels: cut into the last slice's pixels
		final long firstPixel = new TiffDecoder( dir.toString() + File.separator, "stack.tif" ).getTiffInfo()[ 0 ].getOffset();
		Files.write( cut, Arrays.copyOf( all, ( int ) firstPixel + 2 * 16 * 16 * 4 + 100 ) );
		assertRefused( cut, "cut short" );
	}

	private Path cut( final Path whole, final int fraction ) throws IOException
	{
		final byte[] all = Files.readAllBytes( whole );
		final Path file = dir.resolve( "cut-" + fraction + ".tif" );
		Files.write( file, Arrays.copyOf( all, all.length / fraction ) );
		return file;
	}

	private static void assertRefused( final Path file, final String rule )
	{
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ImageFiles.openImagePlus( file ) );
		assertTrue( e.getMessage().startsWith( "'" + file + "' is " ) && e.getMessage().contains( rule ), e.getMessage() );
	}
}
