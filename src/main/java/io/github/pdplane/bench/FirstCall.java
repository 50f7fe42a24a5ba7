package io.github.pdplane.bench;

import java.nio.file.Paths;
import java.util.Locale;

import io.github.pdplane.image.Plane;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaModel;

/**
 * The first score of a fresh process, what every Fiji user meets on the first image: run as its own JVM
 * (one per measurement, see {@link PirmBenchmark#firstCalls}), it scores one 512x384 grey scene
 * ({@link NiqeBenchmark#scene}, made before the clock starts) and prints the milliseconds of that one call,
 * class loading, tables and interpretation before the JIT included.
 * <ul>
 * <li>{@code niqe}: NIQE with the bundled model (reading the model is part of the call, as in a fresh
 * Fiji);</li>
 * <li>{@code ma FILE}: Ma et al.'s 138 features and the three forests of the model {@code FILE}, which is
 * read first and timed apart (a Fiji session reads it once).</li>
 * </ul>
 */
public final class FirstCall
{
	/** The first word of the lines the parent reads. */
	static final String FIRST_CALL = "first-call-ms", MODEL_LOAD = "model-load-ms";

	static final String NIQE = "niqe", MA = "ma";

	private FirstCall()
	{}

	public static void main( final String[] args )
	{
		final Plane image = NiqeBenchmark.scene( 512, 384, 1 );
		final double ms;
		if ( args.length == 1 && args[ 0 ].equals( NIQE ) )
		{
			final long start = System.nanoTime();
			new Niqe().score( "first call", image, 255 );
			ms = ( System.nanoTime() - start ) / 1e6;
		}
		else if ( args.length == 2 && args[ 0 ].equals( MA ) )
		{
			final long load = System.nanoTime();
			final MaModel model = MaModel.load( Paths.get( args[ 1 ] ) );
			System.out.printf( Locale.ROOT, "%s %.3f%n", MODEL_LOAD, ( System.nanoTime() - load ) / 1e6 );
			final long start = System.nanoTime();
			model.score( MaFeatures.compute( "first call", image, 255 ) );
			ms = ( System.nanoTime() - start ) / 1e6;
		}
		else
			throw new IllegalArgumentException( "usage: FirstCall niqe | FirstCall ma MODEL-FILE" );
		System.out.printf( Locale.ROOT, "%s %.3f%n", FIRST_CALL, ms );
	}
}
