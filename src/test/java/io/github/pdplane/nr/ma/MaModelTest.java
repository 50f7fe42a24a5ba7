package io.github.pdplane.nr.ma;

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
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatWriter;

/** The loader on model files the tests write in the authors' layout, and its messages for files that do not fit. */
class MaModelTest
{
	@TempDir
	Path dir;

	private static MaFeatures features( final double a, final double b )
	{
		final double[] f1 = new double[ MaFeatures.F1 ], f2 = new double[ MaFeatures.F2 ], f3 = new double[ MaFeatures.F3 ];
		for ( final double[] f : new double[][] { f1, f2, f3 } )
		{
			f[ 0 ] = a;
			f[ 1 ] = b;
		}
		return MaFeatures.of( f1, f2, f3 );
	}

	@Test
	void forestsAndTheLinearStepOfASyntheticModelFile()
	{
		final MaModel model = MaModel.load( SyntheticModel.write( dir.resolve( "model.mat" ) ) );
		assertEquals( "model.mat", model.source() );
		assertArrayEquals( SyntheticModel.LINEAR, model.linear(), 0 );
		for ( int i = 0; i < MaModel.FORESTS; i++ )
		{
			assertEquals( 2, model.forest( i ).trees() );
			assertEquals( 8, model.forest( i ).nodes() );
		}
		assertEquals( MaFeatures.F1, model.forest( 0 ).features() );
		assertEquals( MaFeatures.F2, model.forest( 1 ).features() );
		assertEquals( MaFeatures.F3, model.forest( 2 ).features() );
		// every forest: (1 + 20) / 2; score = 0.5 + 1 * 10.5 - 0.5 * 10.5 + 0.25 * 10.5
		final MaFeatures x = features( 0.5, -1 );
		assertArrayEquals( new double[] { 10.5, 10.5, 10.5 }, model.predictions( x ), 0 );
		assertEquals( 0.5 + 10.5 - 0.5 * 10.5 + 0.25 * 10.5, model.score( x ), 0 );
		assertEquals( 0.5 + 16.5 * 0.75, model.score( features( 0.6, 0 ) ), 1e-15 );
		assertEquals( 0.5 + 1 * 2 - 0.5 * 3 + 0.25 * 4, model.combine( new double[] { 2, 3, 4 } ), 0 );
	}

	@Test
	void biasCorrectionAndDoubleStoredIndicesAsMatlabMightResaveThem()
	{
		final Map< String, MatWriter.Value > f = SyntheticModel.forest( SyntheticModel.L_DAU, SyntheticModel.R_DAU, SyntheticModel.UPPER,
				SyntheticModel.AVNODE, SyntheticModel.MBEST, new double[] { 1, 2 } );
		f.put( "lDau", MatWriter.doubles( SyntheticModel.NRNODES, 2, new double[] { 2, 0, 0, 0, 0, 0, 0, 2, 4, 0, 0, 0, 0, 0 } ) );
		final Path file = dir.resolve( "bias.mat" );
		SyntheticModel.file( f, SyntheticModel.forest(), SyntheticModel.forest(), MatWriter.doubles( 1, 4, SyntheticModel.LINEAR ) )
				.write( file );
		final MaModel model = MaModel.load( file );
		assertArrayEquals( new double[] { 1 + 2 * 10.5, 10.5, 10.5 }, model.predictions( features( 0.5, -1 ) ), 0 );
	}

	/** Writes the standard model with one change and returns the loader's message. */
	private String messageFor( final Consumer< Map< String, MatWriter.Value > > change, final MatWriter.Value linear ) throws IOException
	{
		final Map< String, MatWriter.Value > second = SyntheticModel.forest();
		change.accept( second );
		final Path file = Files.createTempFile( dir, "bad", ".mat" );
		SyntheticModel.file( SyntheticModel.forest(), second, SyntheticModel.forest(), linear ).write( file );
		final String message = assertThrows( PdPlaneException.class, () -> MaModel.load( file ) ).getMessage();
		final String prefix = "Cannot load the Ma et al. model file '" + file + "'";
		assertTrue( message.startsWith( prefix ), message );
		return message.substring( prefix.length() );
	}

	private String messageFor( final Consumer< Map< String, MatWriter.Value > > change ) throws IOException
	{
		return messageFor( change, MatWriter.doubles( 4, 1, SyntheticModel.LINEAR ) );
	}

	@Test
	void missingFieldsWrongSizesAndWrongClassesAreNamed() throws IOException
	{
		assertEquals( ": model.rf{2} has no field 'avnode' (its fields are lDau, rDau, nodestatus, nrnodes, upper, mbest, ndtree, ntree, Y_hat, mse,"
				+ " importance, importanceSD, localImp, proximity, coef, oob_times, inbag, nPerm, biasCorr, rsq); a regression forest needs lDau,"
				+ " rDau, upper, avnode, mbest, ndtree, ntree.", messageFor( f -> f.remove( "avnode" ) ) );
		assertEquals( ": model.rf{2}.upper is 6x2 double but model.rf{2}.lDau is 7x2 int32: every node array of a forest is nrnodes x ntree.",
				messageFor( f -> f.put( "upper", MatWriter.doubles( 6, 2, new double[ 12 ] ) ) ) );
		assertEquals( ": model.rf{2}.mbest is a 1x4 char array; it must hold real numbers (randomforest-matlab stores int32).",
				messageFor( f -> f.put( "mbest", MatWriter.text( "best" ) ) ) );
		assertEquals( ": model.rf{2}.ntree is 3 but its node arrays have 2 columns (one per tree).",
				messageFor( f -> f.put( "ntree", MatWriter.doubles( 1, 1, new double[] { 3 } ) ) ) );
		assertEquals( ": model.rf{2}.nrnodes is 9 but its node arrays have 7 rows.",
				messageFor( f -> f.put( "nrnodes", MatWriter.doubles( 1, 1, new double[] { 9 } ) ) ) );
		assertEquals( ": model.rf{2}.ndtree is 3x1 int32; it must hold 2 numbers (one node count per tree).",
				messageFor( f -> f.put( "ndtree", MatWriter.int32s( 3, 1, new int[] { 3, 5, 1 } ) ) ) );
		assertEquals( ": model.rf{2}: tree 2 claims 8 nodes (ndtree) but the node arrays have 7 rows.",
				messageFor( f -> f.put( "ndtree", MatWriter.int32s( 2, 1, new int[] { 3, 8 } ) ) ) );
		assertEquals( ": model.rf{2}.lDau(:,2)(2) is 2.5; it must be a whole number.", messageFor( f -> f.put( "lDau",
				MatWriter.doubles( SyntheticModel.NRNODES, 2, new double[] { 2, 0, 0, 0, 0, 0, 0, 2, 2.5, 0, 0, 0, 0, 0 } ) ) ) );
		assertEquals( ", model.rf{2} (the steerable-pyramid forest): tree 1, node 1 splits on feature 46, but the forest reads 45 features.",
				messageFor( f -> f.put( "mbest", MatWriter.int32s( SyntheticModel.NRNODES, 2, new int[] { 46, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0, 0 } ) ) ) );
		assertEquals( ": model.rf{2}.coef is 3x1 double; it must hold 2 numbers (the bias correction [intercept slope]).",
				messageFor( f -> f.put( "coef", MatWriter.doubles( 3, 1, new double[ 3 ] ) ) ) );
		assertEquals( ": model.linear is 3x1 double; it must hold 4 numbers ([intercept w1 w2 w3] of score = [1 s1 s2 s3] * linear).",
				messageFor( f -> {}, MatWriter.doubles( 3, 1, new double[ 3 ] ) ) );
		assertEquals( ": model.linear is a 1x1 cell array; it must hold 4 numbers ([intercept w1 w2 w3] of score = [1 s1 s2 s3] * linear).",
				messageFor( f -> {}, MatWriter.cell( 1, 1, MatWriter.doubles( 4, 1, SyntheticModel.LINEAR ) ) ) );
	}

	@Test
	void wrongOverallLayoutIsNamed() throws IOException
	{
		final Path other = dir.resolve( "other.mat" );
		new MatWriter( "t" ).addScalar( "mu_prisparam", 1 ).write( other );
		assertEquals( "Cannot load the Ma et al. model file '" + other + "': it has no variable 'model' (it holds mu_prisparam); the authors'"
				+ " model.mat holds a struct 'model' with fields 'rf' and 'linear'.", assertThrows( PdPlaneException.class, () -> MaModel.load( other ) )
						.getMessage() );

		final Path twoForests = dir.resolve( "two.mat" );
		final Map< String, MatWriter.Value > model = new LinkedHashMap<>();
		model.put( "rf", MatWriter.cell( 1, 2, MatWriter.struct( SyntheticModel.forest() ), MatWriter.struct( SyntheticModel.forest() ) ) );
		model.put( "linear", MatWriter.doubles( 4, 1, SyntheticModel.LINEAR ) );
		new MatWriter( "t" ).add( "model", MatWriter.struct( model ) ).write( twoForests );
		assertTrue( assertThrows( PdPlaneException.class, () -> MaModel.load( twoForests ) ).getMessage().endsWith(
				"model.rf is a 1x2 cell array; it must be a 1x3 cell of regression forests (block DCT, steerable pyramid, singular values)." ) );

		final Path noLinear = dir.resolve( "nolinear.mat" );
		model.remove( "linear" );
		model.put( "rf", MatWriter.cell( 1, 3, MatWriter.struct( SyntheticModel.forest() ), MatWriter.struct( SyntheticModel.forest() ),
				MatWriter.struct( SyntheticModel.forest() ) ) );
		new MatWriter( "t" ).add( "model", MatWriter.struct( model ) ).write( noLinear );
		assertTrue( assertThrows( PdPlaneException.class, () -> MaModel.load( noLinear ) ).getMessage()
				.endsWith( "the struct 'model' has no field 'linear' (its fields are rf)." ) );

		final Path matrix = dir.resolve( "matrix.mat" );
		new MatWriter( "t" ).add( "model", 2, 2, new double[ 4 ] ).write( matrix );
		assertTrue( assertThrows( PdPlaneException.class, () -> MaModel.load( matrix ) ).getMessage()
				.endsWith( "its variable 'model' is a 2x2 double array; it must be a 1x1 struct with fields 'rf' and 'linear'." ) );
	}

	@Test
	void truncatedDamagedMissingAndForeignFilesAreNamed() throws IOException
	{
		final Path good = SyntheticModel.write( dir.resolve( "model.mat" ) );
		final byte[] bytes = Files.readAllBytes( good );
		for ( final int n : new int[] { 0, 100, 128, 200, bytes.length / 2, bytes.length - 1 } )
		{
			final Path cut = dir.resolve( "cut" + n + ".mat" );
			Files.write( cut, Arrays.copyOf( bytes, n ) );
			final String message = assertThrows( PdPlaneException.class, () -> MaModel.load( cut ) ).getMessage();
			assertTrue( message.startsWith( "Cannot load the Ma et al. model" ) && message.contains( cut.toString() ), message );
			assertTrue( message.contains( "truncated" ) || message.contains( "not a MATLAB MAT-file" ) || message.contains( "no variable 'model'" ),
					message );
		}
		final Path missing = dir.resolve( "none.mat" );
		assertEquals( "Cannot load the Ma et al. model file '" + missing + "': it does not exist.",
				assertThrows( PdPlaneException.class, () -> MaModel.load( missing ) ).getMessage() );
		final Path html = dir.resolve( "page.mat" );
		Files.write( html, ( "<!DOCTYPE html><html>" + new String( new char[ 300 ] ).replace( '\0', ' ' ) ).getBytes( "UTF-8" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> MaModel.load( html ) ).getMessage().contains( "is not a MATLAB MAT-file of level 5" ) );
	}
}
