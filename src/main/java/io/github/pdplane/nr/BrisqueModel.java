package io.github.pdplane.nr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.pdplane.PdPlaneException;

/**
 * The regression of BRISQUE: an epsilon-SVR with an RBF kernel in LIBSVM's text format ({@code allmodel}),
 * and the linear scaling of each feature to {@code [-1, 1]} written by LIBSVM's {@code svm-scale}
 * ({@code allrange}); algorithms spec, 5.2. The default is the LIVE release's model, trained on the whole
 * LIVE IQA database and bundled in the jar (with its licence notice, {@code brisque/NOTICE} beside it).
 * <p>
 * <b>Why text round trips.</b> The release does not call LIBSVM as a library: {@code brisquescore.m} writes
 * the 36 features to a file with {@code fprintf('%d:%f ')}, runs {@code svm-scale -r allrange}, which prints
 * the scaled features with {@code %g}, then {@code svm-predict}, which prints its prediction with {@code %g},
 * and loads that. So the features it regresses on are rounded to six decimals (the variances of the
 * products, about 1e-4, keep only two or three significant digits) and then, scaled, to six significant
 * digits, and the score itself to six significant digits. {@link #score} makes the same three round
 * trips ({@link TextRoundTrip}); leaving them out moves scores by up to some 1e-3.
 * <p>
 * <b>Scaling</b> is {@code svm-scale}'s: {@code x' = lower + (upper - lower) (x - min) / (max - min)},
 * exactly {@code lower} at {@code min} and {@code upper} at {@code max}, with no clipping (values outside
 * the training range extrapolate), and a feature whose range is a single value is left out, that is zero.
 * <b>Prediction</b> is {@code svm_predict}'s: {@code sum_i coef_i exp(-gamma |x' - sv_i|^2) - rho}, the
 * squared distance summed over the feature indices in ascending order, a missing value being zero.
 * Immutable and thread-safe.
 */
public final class BrisqueModel
{
	/** The number of features: 18 at each of two scales. */
	public static final int FEATURES = 36;

	private static final String BUNDLED_MODEL = "brisque/allmodel", BUNDLED_RANGE = "brisque/allrange";

	/** Header keys LIBSVM writes into a model file; the values of those BRISQUE does not need are ignored. */
	private static final Set< String > MODEL_KEYS = new HashSet<>( Arrays.asList( "svm_type", "kernel_type", "degree", "gamma", "coef0",
			"nr_class", "total_sv", "rho", "label", "probA", "probB", "nr_sv" ) );

	private static BrisqueModel live;

	private final double lower, upper;

	private final double[] minimum, maximum;

	private final double gamma, rho;

	private final double[] coefficients;

	/** The support vectors, {@link #FEATURES} values each, one after the other (absent values are zeros). */
	private final double[] vectors;

	private final String source;

	private BrisqueModel( final double lower, final double upper, final double[] minimum, final double[] maximum, final double gamma,
			final double rho, final double[] coefficients, final double[] vectors, final String source )
	{
		this.lower = lower;
		this.upper = upper;
		this.minimum = minimum;
		this.maximum = maximum;
		this.gamma = gamma;
		this.rho = rho;
		this.coefficients = coefficients;
		this.vectors = vectors;
		this.source = source;
	}

	/**
	 * The LIVE release's model ({@code allmodel}, {@code allrange}), read from the jar once, when first asked
	 * for (a metric object asks once; a damaged jar gives a {@link PdPlaneException} each time).
	 */
	public static synchronized BrisqueModel live()
	{
		if ( live == null )
			live = parse( bundled( BUNDLED_MODEL ), bundled( BUNDLED_RANGE ), "the bundled BRISQUE model (" + BUNDLED_MODEL + ")",
					"the bundled BRISQUE range file (" + BUNDLED_RANGE + ")", "LIVE release (Mittal, Moorthy and Bovik 2011)" );
		return live;
	}

	private static String bundled( final String resource )
	{
		try (InputStream in = BrisqueModel.class.getResourceAsStream( resource ))
		{
			if ( in == null )
				throw new PdPlaneException( "The jar lacks the BRISQUE model file " + resource + ": reinstall PD Plane." );
			final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			final byte[] buffer = new byte[ 1 << 16 ];
			for ( int n; ( n = in.read( buffer ) ) > 0; )
				bytes.write( buffer, 0, n );
			return new String( bytes.toByteArray(), StandardCharsets.US_ASCII );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot read the BRISQUE model file " + resource + " from the jar: " + e.getMessage(), e );
		}
	}

	/**
	 * A model in the release's two files: a LIBSVM model (epsilon- or nu-SVR, RBF kernel, 36 features) and
	 * the {@code svm-scale} range file it was trained with.
	 *
	 * @throws PdPlaneException
	 *             naming the file and, where it applies, the line: a missing or unreadable file, another
	 *             kind of model, a malformed line, a support vector or range of other than 36 features
	 */
	public static BrisqueModel load( final Path model, final Path range )
	{
		return parse( read( model, "model" ), read( range, "range" ), "the BRISQUE model file '" + model + "'",
				"the BRISQUE range file '" + range + "'", model.getFileName().toString() );
	}

	private static String read( final Path file, final String what )
	{
		try
		{
			return new String( Files.readAllBytes( file ), StandardCharsets.US_ASCII );
		}
		catch ( final NoSuchFileException e )
		{
			throw new PdPlaneException( "The BRISQUE " + what + " file '" + file + "' does not exist." );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot read the BRISQUE " + what + " file '" + file + "': " + e.getMessage(), e );
		}
	}

	static BrisqueModel parse( final String modelText, final String rangeText, final String modelLabel, final String rangeLabel,
			final String source )
	{
		final Lines range = new Lines( rangeText, rangeLabel );
		if ( !range.next().equals( "x" ) )
			throw range.error( "the first line of an svm-scale range file for features is 'x', not '" + range.current() + "'" );
		final String[] bounds = range.fields( range.next() );
		if ( bounds.length != 2 )
			throw range.error( "the second line gives the target range, two numbers (\"-1 1\"), not '" + range.current() + "'" );
		final double lower = range.number( bounds[ 0 ] ), upper = range.number( bounds[ 1 ] );
		if ( !( upper > lower ) )
			throw range.error( "the target range must rise, not " + bounds[ 0 ] + " to " + bounds[ 1 ] );
		final double[] minimum = new double[ FEATURES ], maximum = new double[ FEATURES ];
		final boolean[] seen = new boolean[ FEATURES ];
		while ( range.hasNext() )
		{
			final String line = range.next();
			if ( line.isEmpty() )
				continue;
			final String[] f = range.fields( line );
			if ( f.length != 3 )
				throw range.error( "a feature's range is 'index minimum maximum', not '" + line + "'" );
			final int i = range.index( f[ 0 ] );
			if ( seen[ i - 1 ] )
				throw range.error( "feature " + i + " has a second range" );
			seen[ i - 1 ] = true;
			minimum[ i - 1 ] = range.number( f[ 1 ] );
			maximum[ i - 1 ] = range.number( f[ 2 ] );
			if ( maximum[ i - 1 ] < minimum[ i - 1 ] )
				throw range.error( "the maximum of feature " + i + " is below its minimum" );
		}
		for ( int i = 0; i < FEATURES; i++ )
			if ( !seen[ i ] )
				throw range.fileError( "it gives no range for feature " + ( i + 1 ) + " (BRISQUE has " + FEATURES + ")" );

		final Lines model = new Lines( modelText, modelLabel );
		String svmType = null, kernel = null;
		double gamma = Double.NaN, rho = Double.NaN;
		int total = -1;
		while ( true )
		{
			if ( !model.hasNext() )
				throw model.fileError( "it ends before the line 'SV' that starts the support vectors" );
			final String line = model.next();
			if ( line.equals( "SV" ) )
				break;
			final String[] f = model.fields( line );
			if ( f.length < 2 || !MODEL_KEYS.contains( f[ 0 ] ) )
				throw model.error( "'" + line + "' is not a line of a LIBSVM model's header" );
			switch ( f[ 0 ] )
			{
			case "svm_type":
				svmType = f[ 1 ];
				break;
			case "kernel_type":
				kernel = f[ 1 ];
				break;
			case "gamma":
				gamma = model.number( f[ 1 ] );
				break;
			case "rho":
				if ( f.length != 2 )
					throw model.error( "a regression has one rho, not " + ( f.length - 1 ) );
				rho = model.number( f[ 1 ] );
				break;
			case "total_sv":
				total = model.index( f[ 1 ], Integer.MAX_VALUE );
				break;
			default:
				break;
			}
		}
		if ( !"epsilon_svr".equals( svmType ) && !"nu_svr".equals( svmType ) )
			throw model.fileError( "BRISQUE's model is a regression (svm_type epsilon_svr or nu_svr), not " + svmType );
		if ( !"rbf".equals( kernel ) )
			throw model.fileError( "BRISQUE's model has an RBF kernel (kernel_type rbf), not " + kernel );
		if ( !( gamma > 0 ) || Double.isNaN( rho ) || total < 1 )
			throw model.fileError( "its header lacks a positive gamma, a rho or total_sv" );
		final double[] coefficients = new double[ total ];
		final double[] vectors = new double[ total * FEATURES ];
		int n = 0;
		while ( model.hasNext() )
		{
			final String line = model.next();
			if ( line.isEmpty() )
				continue;
			if ( n == total )
				throw model.error( "it has more support vectors than total_sv " + total );
			final String[] f = model.fields( line );
			coefficients[ n ] = model.number( f[ 0 ] );
			int previous = 0;
			for ( int k = 1; k < f.length; k++ )
			{
				final int colon = f[ k ].indexOf( ':' );
				if ( colon < 0 )
					throw model.error( "a support vector's values are 'index:value', not '" + f[ k ] + "'" );
				final int i = model.index( f[ k ].substring( 0, colon ) );
				if ( i <= previous )
					throw model.error( "the indices of a support vector must rise, but " + i + " follows " + previous );
				previous = i;
				vectors[ n * FEATURES + i - 1 ] = model.number( f[ k ].substring( colon + 1 ) );
			}
			n++;
		}
		if ( n != total )
			throw model.fileError( "it has " + n + " support vectors, but its header says total_sv " + total + " (is it cut short?)" );
		return new BrisqueModel( lower, upper, minimum, maximum, gamma, rho, coefficients, vectors, source );
	}

	/** The text of a file, line by line, with the numbers in messages. */
	private static final class Lines
	{
		private final String[] lines;

		private final String label;

		private int index = -1;

		Lines( final String text, final String label )
		{
			this.lines = text.split( "\r?\n", -1 );
			this.label = label;
		}

		boolean hasNext()
		{
			for ( int i = index + 1; i < lines.length; i++ )
				if ( !lines[ i ].trim().isEmpty() )
					return true;
			return false;
		}

		String next()
		{
			if ( index + 1 >= lines.length )
				throw error( "it ends too early" );
			return lines[ ++index ].trim();
		}

		String current()
		{
			return lines[ index ].trim();
		}

		String[] fields( final String line )
		{
			return line.trim().split( "\\s+" );
		}

		double number( final String text )
		{
			final double v;
			try
			{
				v = Double.parseDouble( text );
			}
			catch ( final NumberFormatException e )
			{
				throw error( "'" + text + "' is not a number" );
			}
			if ( !Double.isFinite( v ) )
				throw error( "'" + text + "' is not a finite number" );
			return v;
		}

		/** A 1-based feature index. */
		int index( final String text )
		{
			return index( text, FEATURES );
		}

		int index( final String text, final int largest )
		{
			final int i;
			try
			{
				i = Integer.parseInt( text );
			}
			catch ( final NumberFormatException e )
			{
				throw error( "'" + text + "' is not a whole number" );
			}
			if ( i < 1 || i > largest )
				throw error( largest == FEATURES ? "feature index " + i + " is outside 1.." + FEATURES + " (BRISQUE has " + FEATURES + " features)"
						: "'" + text + "' must be 1 or more" );
			return i;
		}

		/** A problem of the line read last. */
		PdPlaneException error( final String problem )
		{
			return new PdPlaneException( "Cannot load " + label + ( index >= 0 ? ", line " + ( index + 1 ) : "" ) + ": " + problem + "." );
		}

		/** A problem of the file as a whole. */
		PdPlaneException fileError( final String problem )
		{
			return new PdPlaneException( "Cannot load " + label + ": " + problem + "." );
		}
	}

	/** Where the model comes from, for logs. */
	public String source()
	{
		return source;
	}

	public int supportVectorCount()
	{
		return coefficients.length;
	}

	/**
	 * The score the release's {@code brisquescore} returns for these features: each printed with {@code %f},
	 * scaled by {@code svm-scale} and printed with {@code %g}, regressed by {@code svm-predict} and printed
	 * with {@code %g}.
	 *
	 * @param features
	 *            the {@link #FEATURES} features of {@link BrisqueFeatures}, all finite
	 */
	public double score( final double[] features )
	{
		return TextRoundTrip.general( predict( scale( features ) ) );
	}

	/** The features as {@code svm-predict} reads them: after {@code %f}, {@code svm-scale} and {@code %g}. */
	double[] scale( final double[] features )
	{
		if ( features.length != FEATURES )
			throw new IllegalArgumentException( FEATURES + " features, not " + features.length );
		final double[] scaled = new double[ FEATURES ];
		for ( int i = 0; i < FEATURES; i++ )
		{
			final double x = TextRoundTrip.fixed( features[ i ] );
			final double min = minimum[ i ], max = maximum[ i ];
			final double v;
			if ( max == min )
				v = 0; // svm-scale leaves a single-valued feature out
			else if ( x == min )
				v = lower;
			else if ( x == max )
				v = upper;
			else
				v = lower + ( upper - lower ) * ( x - min ) / ( max - min );
			scaled[ i ] = TextRoundTrip.general( v );
		}
		return scaled;
	}

	/** {@code svm_predict} on scaled features, unrounded. */
	double predict( final double[] scaled )
	{
		double sum = 0;
		for ( int s = 0; s < coefficients.length; s++ )
		{
			final int o = s * FEATURES;
			double distance = 0;
			for ( int i = 0; i < FEATURES; i++ )
			{
				final double d = scaled[ i ] - vectors[ o + i ];
				distance += d * d;
			}
			sum += coefficients[ s ] * StrictMath.exp( -gamma * distance );
		}
		return sum - rho;
	}

	/** The target range and the feature ranges, for tests: {@code [lower, upper, min_1, max_1, ...]}. */
	List< Double > ranges()
	{
		final List< Double > out = new ArrayList<>();
		out.add( lower );
		out.add( upper );
		for ( int i = 0; i < FEATURES; i++ )
		{
			out.add( minimum[ i ] );
			out.add( maximum[ i ] );
		}
		return out;
	}
}
