package io.github.pdplane.io.imagej;

import java.awt.image.IndexColorModel;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileInfo;
import ij.io.Opener;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

/** Palette files as the values their palette names (see {@link #withPaletteValues}). */
final class PaletteFiles
{
	private PaletteFiles()
	{}

	/**
	 * A palette file's pixels are indexes into its palette: a PNG whose palette maps 0..3 to 0..120 was
	 * scored on 0..3, and one with a colour palette on its indexes as grey. ImageJ opens such a file as 8-bit
	 * with the palette as its lookup table; here a grey palette that is not the identity becomes the grey
	 * levels it names, and a colour palette becomes RGB. TIFF files keep their values unless they are palette
	 * TIFFs from other software: a TIFF ImageJ wrote keeps its lookup table (an inverted one, a "Fire" one) as
	 * display, the values being the data, as an image open in ImageJ does.
	 */
	static ImagePlus withPaletteValues( final ImagePlus imp, final String path )
	{
		if ( imp.getType() != ImagePlus.GRAY8 && imp.getType() != ImagePlus.COLOR_256 )
			return imp;
		final FileInfo info = imp.getOriginalFileInfo();
		final boolean tiff = new Opener().getFileType( path ) == Opener.TIFF;
		if ( tiff && ( info == null || info.fileType != FileInfo.COLOR8 || writtenByImageJ( info ) ) )
			return imp;
		final IndexColorModel palette = ( IndexColorModel ) imp.getProcessor().getColorModel();
		final byte[] levels = new byte[ 256 ];
		boolean identity = true, grey = true;
		for ( int i = 0; i < palette.getMapSize(); i++ )
		{
			final int r = palette.getRed( i );
			grey &= palette.getGreen( i ) == r && palette.getBlue( i ) == r;
			levels[ i ] = ( byte ) r;
			identity &= r == i;
		}
		if ( grey && identity && palette.getMapSize() == 256 )
			return imp;
		final ImageStack indexes = imp.getStack(), values = new ImageStack( imp.getWidth(), imp.getHeight() );
		for ( int s = 1; s <= indexes.getSize(); s++ )
		{
			final ImageProcessor slice = indexes.getProcessor( s );
			if ( grey )
			{
				final byte[] in = ( byte[] ) slice.getPixels(), out = new byte[ in.length ];
				for ( int i = 0; i < in.length; i++ )
					out[ i ] = levels[ in[ i ] & 0xff ];
				values.addSlice( indexes.getSliceLabel( s ), new ByteProcessor( imp.getWidth(), imp.getHeight(), out ) );
			}
			else
			{
				final ImageProcessor coloured = slice.duplicate();
				coloured.setColorModel( palette );
				values.addSlice( indexes.getSliceLabel( s ), coloured.convertToRGB() );
			}
		}
		return new ImagePlus( imp.getTitle(), values );
	}

	/** ImageJ's TIFF writer puts "ImageJ=version" first in the image description. */
	private static boolean writtenByImageJ( final FileInfo info )
	{
		return info.description != null && info.description.startsWith( "ImageJ" );
	}
}
