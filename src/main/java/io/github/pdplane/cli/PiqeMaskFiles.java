package io.github.pdplane.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.nr.BlockMask;
import io.github.pdplane.nr.Piqe;

/**
 * {@code score --masks DIR}: PIQE's three block masks of every scored image (every slice of a stack) as 8-bit
 * PNG files, 255 where a 16x16 block is flagged, so that one sees where the artefacts are. Each file is written
 * atomically and never replaces an existing one.
 */
final class PiqeMaskFiles
{
	/** The masks' names in the files, in the order of {@link #masks}. */
	static final List< String > KINDS = Arrays.asList( "active", "artefacts", "noise" );

	private static final String HOW_TO_REPLACE = "remove it or give --masks another folder";

	private final Path folder;

	private final Preparation preparation;

	PiqeMaskFiles( final Path folder, final Preparation preparation )
	{
		if ( preparation.convention().id().equals( "rgb" ) )
			throw new UsageException( "--masks draws PIQE's masks on one grey plane: score with --convention gray or y (with rgb the score"
					+ " averages three channels, which have a mask each)." );
		OutputFiles.checkFolder( folder );
		this.folder = folder;
		this.preparation = preparation;
	}

	/** {@code out.png} -> {@code out-piqe-noise.png}; the third slice of a stack: {@code out-3-piqe-noise.png}. */
	static String fileName( final String image, final int slices, final int slice, final String kind )
	{
		final String stem = image.contains( "." ) ? image.substring( 0, image.lastIndexOf( '.' ) ) : image;
		return stem + ( slices > 1 ? "-" + ( slice + 1 ) : "" ) + "-piqe-" + kind + ".png";
	}

	/**
	 * Writes the masks of every slice of {@code image}, after checking that none of the files exists.
	 *
	 * @return the files written
	 */
	List< Path > write( final ImageSource image )
	{
		final String name = Paths.get( image.name() ).getFileName().toString();
		OutputFiles.createFolder( folder );
		for ( int s = 0; s < image.slices(); s++ )
			for ( final String kind : KINDS )
				OutputFiles.checkWritable( folder.resolve( fileName( name, image.slices(), s, kind ) ), false, HOW_TO_REPLACE );
		final List< Path > written = new ArrayList<>();
		final List< Piqe.Result > results = Piqe.evaluateSlices( image, preparation );
		for ( int s = 0; s < results.size(); s++ )
		{
			final List< BlockMask > masks = masks( results.get( s ) );
			for ( int k = 0; k < KINDS.size(); k++ )
			{
				final Path target = folder.resolve( fileName( name, image.slices(), s, KINDS.get( k ) ) );
				final BlockMask mask = masks.get( k );
				final BufferedImage png = new BufferedImage( mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY );
				png.getRaster().setDataElements( 0, 0, mask.width(), mask.height(), mask.toBytes() );
				OutputFiles.write( target, false, HOW_TO_REPLACE, out -> {
					if ( !ImageIO.write( png, "png", out ) )
						throw new PdPlaneException( "No PNG writer is available to write '" + target + "'." );
				} );
				written.add( target );
			}
		}
		return written;
	}

	private static List< BlockMask > masks( final Piqe.Result result )
	{
		return Arrays.asList( result.activityMask(), result.artefactMask(), result.noiseMask() );
	}
}
