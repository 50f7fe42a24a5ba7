package io.github.pdplane.nr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;

import io.github.pdplane.io.InputStreams;

/**
 * The Gamma-function ratios along the shape grids of the GGD and AGGD fits ({@link Ggd}, {@link Aggd}),
 * precomputed: the first NIQE, BRISQUE or Ma et al. score of a process would otherwise spend tens of
 * milliseconds computing 30,000 Gamma values in the interpreter before the JIT has compiled
 * {@code Gamma.gamma}. Each table is a resource of big-endian doubles in {@code gamma-grids/}, written by
 * the test class {@code GammaGridsWriter} from the very formulas of {@link Aggd#computeTables} and
 * {@link Ggd#computeRatios}, and {@code GammaGridsTest} checks every value against them bit for bit, so
 * the formulas stay the one source of truth. Each table is read when first needed, once.
 */
final class GammaGrids
{
	/** The folder of the tables, beside this class. */
	static final String FOLDER = "gamma-grids/";

	private GammaGrids()
	{}

	/**
	 * {@code arrays} tables of {@code length} doubles each, one after the other in the resource.
	 *
	 * @throws IllegalStateException
	 *             where the jar lacks the resource or it has another size (a broken build, not bad input)
	 */
	static double[][] read( final String name, final int arrays, final int length )
	{
		final int bytes = arrays * length * Double.BYTES;
		final byte[] data;
		try (InputStream in = GammaGrids.class.getResourceAsStream( FOLDER + name ))
		{
			if ( in == null )
				throw new IllegalStateException( "The jar lacks the table " + FOLDER + name + ": reinstall PD Plane." );
			data = InputStreams.readUpTo( in, bytes + 1 );
		}
		catch ( final IOException e )
		{
			throw new IllegalStateException( "Cannot read the table " + FOLDER + name + " from the jar: " + e.getMessage(), e );
		}
		if ( data.length != bytes )
			throw new IllegalStateException( "The table " + FOLDER + name + " has " + ( data.length > bytes ? "more than " + bytes : data.length )
					+ " bytes; it must have " + bytes + ": reinstall PD Plane." );
		final DoubleBuffer values = ByteBuffer.wrap( data ).asDoubleBuffer();
		final double[][] tables = new double[ arrays ][ length ];
		for ( final double[] t : tables )
			values.get( t );
		return tables;
	}

	/** The bytes of a resource {@link #read} reads back: the tables one after the other, big-endian. */
	static byte[] bytes( final double[]... tables )
	{
		int length = 0;
		for ( final double[] t : tables )
			length += t.length;
		final ByteBuffer buffer = ByteBuffer.allocate( length * Double.BYTES );
		for ( final double[] t : tables )
			for ( final double v : t )
				buffer.putDouble( v );
		return buffer.array();
	}
}
