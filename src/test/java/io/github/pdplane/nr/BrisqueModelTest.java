package io.github.pdplane.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;

class BrisqueModelTest
{
	/** The range file of features 1..36 in [0, 1], except the given line for feature 1. */
	private static String range( final String featureOne )
	{
		final StringBuilder text = new StringBuilder( "x\r\n-1 1\r\n" + featureOne + "\r\n" );
		for ( int i = 2; i <= 36; i++ )
			text.append( i ).append( " 0 1\r\n" );
		return text.toString();
	}

	/** A model of one support vector at the origin but for feature 1 (given as text), coefficient 2. */
	private static String model( final String header, final String vector )
	{
		return "svm_type epsilon_svr\nkernel_type rbf\ngamma 0.5\nnr_class 2\ntotal_sv 1\nrho 0.25\n" + header + "SV\n2 " + vector + "\n";
	}

	private static BrisqueModel parse( final String model, final String range )
	{
		return BrisqueModel.parse( model, range, "the model 'm'", "the range 'r'", "test" );
	}

	@Test
	void theBundledModelIsTheLiveReleases()
	{
		final BrisqueModel live = BrisqueModel.live();
		assertSame( live, BrisqueModel.live() );
		assertEquals( 774, live.supportVectorCount() );
		final List< Double > ranges = live.ranges();
		assertEquals( -1, ranges.get( 0 ), 0 );
		assertEquals( 1, ranges.get( 1 ), 0 );
		assertEquals( 0.338, ranges.get( 2 ), 0 ); // feature 1
		assertEquals( 10, ranges.get( 3 ), 0 );
		assertEquals( 1.5e-5, ranges.get( 2 + 2 * 22 ), 0 ); // feature 23, written "1.5e-005"
		assertEquals( 0.09832299999999999, ranges.get( 3 + 2 * 29 ), 0 ); // feature 30, written in full
	}

	/** svm-scale: the ends map exactly, nothing is clipped, a feature of one value is left out. */
	@Test
	void scalingIsSvmScales()
	{
		final BrisqueModel m = parse( model( "", "1:0" ), range( "1 0.2 0.7" ) );
		final double[] features = new double[ 36 ];
		features[ 0 ] = 0.2;
		features[ 1 ] = 1;
		features[ 2 ] = 0.5;
		features[ 3 ] = 3; // beyond the maximum: extrapolated, not clipped
		features[ 4 ] = -0.25;
		double[] s = m.scale( features );
		assertEquals( -1, s[ 0 ], 0 );
		assertEquals( 1, s[ 1 ], 0 );
		assertEquals( 0, s[ 2 ], 0 );
		assertEquals( 5, s[ 3 ], 0 );
		assertEquals( -1.5, s[ 4 ], 0 );
		// %f first: 0.2000004 prints as 0.200000, which is the minimum itself
		features[ 0 ] = 0.2000004;
		assertEquals( -1, m.scale( features )[ 0 ], 0 );
		// then %g: (0.3 - 0.2) / 0.5 * 2 - 1 = -0.6, six significant digits of 1/3 for 0.3333333
		features[ 0 ] = 0.3;
		features[ 5 ] = 1 / 3.0;
		s = m.scale( features );
		assertEquals( -0.6, s[ 0 ], 1e-15 );
		assertEquals( -1 + 2 * 0.333333, s[ 5 ], 1e-15 );
		assertEquals( TextRoundTrip.general( -1 + 2 * 0.333333 ), s[ 5 ], 0 );
		// a feature whose range is one value is left out by svm-scale: zero, whatever its value
		final BrisqueModel single = parse( model( "", "1:0" ), range( "1 0.4 0.4" ) );
		features[ 0 ] = 123;
		assertEquals( 0, single.scale( features )[ 0 ], 0 );
	}

	/** svm_predict: sum coef exp(-gamma |x - sv|^2) - rho, printed with %g. */
	@Test
	void predictionIsTheRbfRegression()
	{
		final BrisqueModel m = parse( model( "probA 5.7\n", "1:0.5" ), range( "1 0 1" ) );
		final double[] features = new double[ 36 ];
		for ( int i = 0; i < 36; i++ )
			features[ i ] = 0.5; // scaled to 0 everywhere
		features[ 0 ] = 1; // scaled to 1: distance to the vector 0.5 along feature 1
		final double expected = 2 * Math.exp( -0.5 * 0.25 ) - 0.25;
		assertEquals( expected, m.predict( m.scale( features ) ), 1e-15 );
		assertEquals( TextRoundTrip.general( expected ), m.score( features ), 0 );
		assertTrue( expected != m.score( features ) );
	}

	@Test
	void missingAndCorruptFilesAreRefusedWithWhereAndWhy( @TempDir final Path dir ) throws IOException
	{
		final Path model = dir.resolve( "allmodel" ), range = dir.resolve( "allrange" );
		final PdPlaneException missing = assertThrows( PdPlaneException.class, () -> BrisqueModel.load( model, range ) );
		assertEquals( "The BRISQUE model file '" + model + "' does not exist.", missing.getMessage() );
		Files.write( model, model( "", "1:0" ).getBytes( StandardCharsets.US_ASCII ) );
		Files.write( range, range( "1 0 1" ).getBytes( StandardCharsets.US_ASCII ) );
		assertEquals( 1, BrisqueModel.load( model, range ).supportVectorCount() );

		assertRefused( model( "", "1:0" ), "y\n0 1\n", "the range 'r', line 1: the first line of an svm-scale range file for features is 'x'" );
		assertRefused( model( "", "1:0" ), range( "1 0 1" ).replace( "\r\n7 0 1\r\n", "\r\n" ), "the range 'r': it gives no range for feature 7" );
		assertRefused( model( "", "1:0" ), range( "37 0 1" ), "line 3: feature index 37 is outside 1..36" );
		assertRefused( model( "", "1:0" ), range( "1 zero 1" ), "line 3: 'zero' is not a number" );
		assertRefused( model( "", "1:0" ).replace( "epsilon_svr", "c_svc" ), range( "1 0 1" ), "the model 'm': BRISQUE's model is a regression" );
		assertRefused( model( "", "1:0" ).replace( "rbf", "linear" ), range( "1 0 1" ), "an RBF kernel (kernel_type rbf), not linear" );
		assertRefused( model( "", "1:0" ).replace( "total_sv 1", "total_sv 2" ), range( "1 0 1" ),
				"it has 1 support vectors, but its header says total_sv 2 (is it cut short?)" );
		assertRefused( model( "", "2:0 1:0" ), range( "1 0 1" ), "the indices of a support vector must rise, but 1 follows 2" );
		assertRefused( model( "", "1=0" ), range( "1 0 1" ), "a support vector's values are 'index:value', not '1=0'" );
		assertRefused( model( "colour blue\n", "1:0" ), range( "1 0 1" ), "line 7: 'colour blue' is not a line of a LIBSVM model's header" );
		assertRefused( "svm_type epsilon_svr\n", range( "1 0 1" ), "it ends before the line 'SV'" );
	}

	private static void assertRefused( final String model, final String range, final String message )
	{
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> parse( model, range ) );
		assertTrue( e.getMessage().startsWith( "Cannot load " ) && e.getMessage().contains( message ), e.getMessage() );
	}
}
