package io.github.pdplane.vgg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatArray;
import io.github.pdplane.io.mat.MatClass;
import io.github.pdplane.io.mat.MatFile;
import io.github.pdplane.io.mat.MatWriter;

/** PD Plane's installed file: what it holds, that it reads back exactly and fast, and what it refuses. */
class InstalledVggWeightsTest
{
	@TempDir
	Path dir;

	@Test
	void matConvNetWeightsReadBackExactlyAndFast()
	{
		final VggWeights original = MatConvNetWeights.read( MatConvNetFile.newLayout().write( dir.resolve( "imagenet-vgg-verydeep-19.mat" ) ) );
		final Path installed = dir.resolve( "vgg22.mat" );
		InstalledVggWeights.write( original, installed );
		VggWeights read = InstalledVggWeights.read( installed );
		final long start = System.nanoTime();
		read = InstalledVggWeights.read( installed );
		final double milliseconds = ( System.nanoTime() - start ) / 1e6;
		System.out.printf( "installed file: %d bytes, read in %.1f ms%n", installed.toFile().length(), milliseconds );
		VggWeightsTesting.assertSameWeights( original, read );
		MatConvNetFile.assertCodes( read, 1 );
		assertArrayEquals( original.averageImage(), read.averageImage(), 0 );
		assertTrue( milliseconds < 2000, milliseconds + " ms" );
	}

	@Test
	void torchvisionWeightsReadBackExactlyAndTheFileIsPlainMatlab()
	{
		final VggWeights original = MatConvNetFile.torchvision( "torchvision vgg19-dcbb9e9d.pth", 0.25f );
		final Path installed = dir.resolve( "vgg22.mat" );
		InstalledVggWeights.write( original, installed );
		VggWeightsTesting.assertSameWeights( original, InstalledVggWeights.read( installed ) );
		// what MATLAB sees: the tag, the version, the source, and MatConvNet's layout of the arrays
		final MatFile mat = MatFile.read( installed );
		assertEquals( InstalledVggWeights.FORMAT, mat.get( "format" ).asChar( "format" ).text() );
		assertEquals( 1, mat.numeric( "version" ).get( 0 ), 0 );
		assertEquals( "torchvision", mat.get( "source" ).asChar( "source" ).text() );
		assertTrue( !mat.has( "averageImage" ) );
		assertEquals( "3x3x64x128 single", mat.get( "conv2_1" ).asStruct( "conv2_1" ).get( "weight" ).describe() );
		assertEquals( "128x1 single", mat.get( "conv2_2" ).asStruct( "conv2_2" ).get( "bias" ).describe() );
		// W(y=2, x=0, in=1, out=3) of conv1_2 is torch's weight[3][1][2][0]
		assertEquals( MatConvNetFile.weightCode( 3, 1, 2, 0 ) * 0.25f,
				mat.get( "conv1_2" ).asStruct( "conv1_2" ).get( "weight" ).asNumeric( "w" ).get( 2 + 3 * ( 0 + 3 * ( 1 + 64 * 3 ) ) ), 0 );
	}

	@Test
	void otherMatFilesAreRefusedClearly() throws IOException
	{
		final Path matConvNet = MatConvNetFile.newLayout().write( dir.resolve( "mcn.mat" ) );
		String message = assertThrows( PdPlaneException.class, () -> InstalledVggWeights.read( matConvNet ) ).getMessage();
		assertEquals( "'" + matConvNet + "' is MatConvNet's VGG19 file, not PD Plane's installed VGG19 weights, which hold the variable format"
				+ " = 'pdplane-vgg22'.", message );
		final Path other = dir.resolve( "other.mat" );
		new MatWriter( "t" ).addScalar( "x", 1 ).add( "y", MatWriter.text( "z" ) ).write( other );
		message = assertThrows( PdPlaneException.class, () -> InstalledVggWeights.read( other ) ).getMessage();
		assertTrue( message.startsWith( "'" + other + "' is a MAT-file but neither PD Plane's installed VGG19 weights nor MatConvNet's VGG19 (its"
				+ " variables: x, y)" ), message );

		final VggWeights weights = MatConvNetFile.torchvision( "t", 1 );
		final Path newer = installedWith( weights, "version", MatWriter.doubles( 1, 1, new double[] { 2 } ) );
		message = assertThrows( PdPlaneException.class, () -> InstalledVggWeights.read( newer ) ).getMessage();
		assertTrue( message.contains( "was written by a newer PD Plane (format version 2.0; this one reads 1)" ), message );
		final Path tagged = installedWith( weights, "format", MatWriter.text( "something-else" ) );
		assertEquals( "'" + tagged + "' has the format 'something-else'; PD Plane's installed VGG19 weights have 'pdplane-vgg22'.",
				assertThrows( PdPlaneException.class, () -> InstalledVggWeights.read( tagged ) ).getMessage() );
		final Path source = installedWith( weights, "source", MatWriter.text( "caffe" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> InstalledVggWeights.read( source ) ).getMessage()
				.contains( "says its weights come from 'caffe'" ) );
		final Map< String, MatWriter.Value > wrong = new LinkedHashMap<>();
		wrong.put( "weight", MatWriter.singles( new int[] { 3, 3, 64, 32 }, new float[ 3 * 3 * 64 * 32 ] ) );
		wrong.put( "bias", MatWriter.singles( new int[] { 64, 1 }, new float[ 64 ] ) );
		final Path shape = installedWith( weights, "conv1_2", MatWriter.struct( wrong ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> InstalledVggWeights.read( shape ) ).getMessage()
				.contains( "the weights of conv1_2 are a 3x3x64x32 single array; VGG19's conv1_2 has [3, 3, 64, 64]" ) );
		final Path truncated = dir.resolve( "truncated.mat" );
		InstalledVggWeights.write( weights, truncated );
		final byte[] bytes = Files.readAllBytes( truncated );
		Files.write( truncated, Arrays.copyOf( bytes, bytes.length / 2 ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> InstalledVggWeights.read( truncated ) ).getMessage()
				.startsWith( "'" + truncated + "' is truncated or damaged" ) );
	}

	/** An installed file of {@code weights} in which one variable is replaced. */
	private Path installedWith( final VggWeights weights, final String variable, final MatWriter.Value value )
	{
		final Path good = dir.resolve( "good.mat" );
		InstalledVggWeights.write( weights, good );
		final MatWriter writer = new MatWriter( "edited" );
		for ( final String name : MatFile.read( good ).variables().keySet() )
			if ( name.equals( variable ) )
				writer.add( name, value );
			else
				writer.add( name, copy( MatFile.read( good ), name ) );
		final Path edited = dir.resolve( "edited-" + variable + ".mat" );
		writer.write( edited );
		return edited;
	}

	/** The variables an installed file has, rebuilt for the writer. */
	private static MatWriter.Value copy( final MatFile file, final String name )
	{
		if ( file.get( name ).matClass() == MatClass.CHAR )
			return MatWriter.text( file.get( name ).asChar( name ).text() );
		if ( file.get( name ).matClass() != MatClass.STRUCT )
			return MatWriter.doubles( file.get( name ).dimensions(), file.numeric( name ).values() );
		final Map< String, MatWriter.Value > fields = new LinkedHashMap<>();
		for ( final String field : new String[] { "weight", "bias" } )
		{
			final MatArray a = file.get( name ).asStruct( name ).get( field );
			final double[] values = a.asNumeric( field ).values();
			final float[] singles = new float[ values.length ];
			for ( int i = 0; i < values.length; i++ )
				singles[ i ] = ( float ) values[ i ];
			fields.put( field, MatWriter.singles( a.dimensions(), singles ) );
		}
		return MatWriter.struct( fields );
	}
}
