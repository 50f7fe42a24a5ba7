package io.github.pdplane.io.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.SampleType;

/**
 * An ImageJ {@link ImagePlus} (8-bit, 16-bit, 32-bit, RGB; single images and stacks) as an
 * {@link ImageSource}. Pixels are read as stored (raw values, no calibration function), except 16-bit
 * signed data: ImageJ stores it with 32768 added and a calibration function that subtracts it again, and
 * it is read as its true signed values ({@link SampleType#INT16}). 8-bit images with a colour lookup
 * table are read as the RGB colours they show. The image is never modified.
 */
public final class ImagePlusSource implements ImageSource
{
	private final ImagePlus imp;

	private final String name;

	private final SampleType type;

	private final int channels;

	/** What ImageJ adds to 16-bit signed values to store them as unsigned (its calibration subtracts it). */
	private static final int SIGNED_16_BIT_OFFSET = 32768;

	public ImagePlusSource( final ImagePlus imp )
	{
		this( imp, imp.getTitle() );
	}

	public ImagePlusSource( final ImagePlus imp, final String name )
	{
		this.imp = imp;
		this.name = name;
		if ( imp.getNChannels() > 1 && imp.getType() != ImagePlus.COLOR_RGB )
			throw new PdPlaneException( "'" + name + "' has " + imp.getNChannels() + " channels: PD Plane scores grey or RGB images. "
					+ "Convert it to RGB (Image > Type > RGB Color) or split the channels (Image > Color > Split Channels)." );
		switch ( imp.getType() )
		{
		case ImagePlus.GRAY8:
			type = SampleType.UINT8;
			channels = 1;
			break;
		case ImagePlus.COLOR_256:
			type = SampleType.UINT8;
			channels = indexedColour( imp ) ? 3 : 1;
			break;
		case ImagePlus.GRAY16:
			type = imp.getCalibration().isSigned16Bit() ? SampleType.INT16 : SampleType.UINT16;
			channels = 1;
			break;
		case ImagePlus.GRAY32:
			type = SampleType.FLOAT32;
			channels = 1;
			break;
		case ImagePlus.COLOR_RGB:
			type = SampleType.UINT8;
			channels = 3;
			break;
		default:
			throw new PdPlaneException( "'" + name + "' has an image type ImageJ does not describe (" + imp.getType() + ")." );
		}
	}

	private static boolean indexedColour( final ImagePlus imp )
	{
		final ImageProcessor ip = imp.getProcessor();
		return !ip.isGrayscale() && !ip.isInvertedLut();
	}

	public ImagePlus imagePlus()
	{
		return imp;
	}

	@Override
	public String name()
	{
		return name;
	}

	@Override
	public int width()
	{
		return imp.getWidth();
	}

	@Override
	public int height()
	{
		return imp.getHeight();
	}

	@Override
	public int slices()
	{
		return imp.getStackSize();
	}

	@Override
	public int channels()
	{
		return channels;
	}

	@Override
	public SampleType sampleType()
	{
		return type;
	}

	@Override
	public double[] read( final int slice, final int channel )
	{
		return read( slice, channel, null );
	}

	@Override
	public double[] read( final int slice, final int channel, final double[] into )
	{
		final ImageStack stack = imp.getStack();
		ImageProcessor ip = stack.getProcessor( slice + 1 );
		final int n = ip.getWidth() * ip.getHeight();
		final double[] out = into != null && into.length == n ? into : new double[ n ];
		if ( channels == 3 )
		{
			if ( !( ip instanceof ColorProcessor ) )
			{
				ip = ip.duplicate();
				ip.setColorModel( imp.getProcessor().getColorModel() );
				ip = ip.convertToRGB();
			}
			final int shift = 16 - 8 * channel;
			final int[] rgb = ( int[] ) ip.getPixels();
			for ( int i = 0; i < n; i++ )
				out[ i ] = ( rgb[ i ] >> shift ) & 0xff;
			return out;
		}
		final Object pixels = ip.getPixels();
		if ( pixels instanceof byte[] )
		{
			final byte[] p = ( byte[] ) pixels;
			for ( int i = 0; i < n; i++ )
				out[ i ] = p[ i ] & 0xff;
		}
		else if ( pixels instanceof short[] )
		{
			final short[] p = ( short[] ) pixels;
			final int offset = type == SampleType.INT16 ? SIGNED_16_BIT_OFFSET : 0;
			for ( int i = 0; i < n; i++ )
				out[ i ] = ( p[ i ] & 0xffff ) - offset;
		}
		else
		{
			final float[] p = ( float[] ) pixels;
			for ( int i = 0; i < n; i++ )
				out[ i ] = p[ i ];
		}
		return out;
	}
}
