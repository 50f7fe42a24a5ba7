package io.github.pdplane.nr.ma;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.mat.MatArray;
import io.github.pdplane.io.mat.MatClass;
import io.github.pdplane.io.mat.MatNumeric;
import io.github.pdplane.io.mat.MatStream;

/**
 * The trained regression of Ma et al.'s metric: three regression forests, one per feature group
 * ({@link MaFeatures}: block DCT, steerable pyramid, singular values), and the linear map
 * {@code score = [1 s1 s2 s3] * linear} of their predictions (algorithms spec 3.1, {@code quality_predict.m}).
 * <p>
 * <b>File format.</b> The authors' {@code model.mat} of the sr-metric release: a MAT-file (level 5, as
 * MATLAB's {@code save} writes it, usually compressed) holding a struct {@code model} with a 1x3 cell
 * {@code rf} of randomforest-matlab regression forests and a 4x1 {@code linear}. Each forest is a struct
 * with the {@code nrnodes x ntree} arrays {@code lDau}, {@code rDau}, {@code upper}, {@code avnode},
 * {@code mbest} (int32 or double), {@code ndtree} (ntree values), {@code ntree}, and optionally
 * {@code nrnodes}, {@code coef} (the bias correction), {@code nodestatus} and the training by-products,
 * which are not read. The file is read as a stream ({@link MatStream}) and each forest is kept only up
 * to its trees' sizes, so a file that inflates to half a gigabyte loads in a fraction of that. Every rule
 * the prediction relies on is checked, and a file that breaks one is refused with a message naming the
 * file, the array and the rule. Immutable and thread-safe.
 */
public final class MaModel
{
	/** The forests, in the order of the feature groups. */
	public static final int FORESTS = 3;

	/** The intercept and one weight per forest. */
	public static final int LINEAR = FORESTS + 1;

	static final String MODEL = "model", RF = "rf", LINEAR_FIELD = "linear";

	/** The forest fields the prediction reads, with the MATLAB class randomforest-matlab gives them. */
	private static final String[] NODE_ARRAYS = { "lDau", "rDau", "upper", "avnode", "mbest" };

	private static final String NDTREE = "ndtree", NTREE = "ntree", NRNODES = "nrnodes", COEF = "coef";

	/** The feature count each forest reads. */
	private static final int[] FEATURES = { MaFeatures.F1, MaFeatures.F2, MaFeatures.F3 };

	private static final String[] GROUPS = { "block-DCT", "steerable-pyramid", "singular-value" };

	private final RegressionForest[] forests;

	private final double[] linear;

	private final String source;

	private MaModel( final RegressionForest[] forests, final double[] linear, final String source )
	{
		this.forests = forests;
		this.linear = linear;
		this.source = source;
	}

	/**
	 * A model from its parts (tests, benchmarks, models trained elsewhere).
	 *
	 * @param forests
	 *            three forests reading 18, 45 and 75 features
	 * @param linear
	 *            {@code [intercept w1 w2 w3]}
	 */
	public static MaModel of( final RegressionForest[] forests, final double[] linear, final String source )
	{
		if ( forests.length != FORESTS || linear.length != LINEAR )
			throw new IllegalArgumentException( "a Ma et al. model has " + FORESTS + " forests and " + LINEAR + " linear weights" );
		for ( int i = 0; i < FORESTS; i++ )
			if ( forests[ i ].features() != FEATURES[ i ] )
				throw new IllegalArgumentException( "forest " + ( i + 1 ) + " reads " + forests[ i ].features() + " features, not " + FEATURES[ i ] );
		for ( final double w : linear )
			if ( !Double.isFinite( w ) )
				throw new IllegalArgumentException( "linear weights must be finite: " + Arrays.toString( linear ) );
		return new MaModel( forests.clone(), linear.clone(), source );
	}

	/**
	 * Reads and checks a model file.
	 *
	 * @throws PdPlaneException
	 *             naming the file: missing, unreadable, not a MAT-file, damaged or truncated, or not a Ma et al.
	 *             model (which variable, field, size or class is wrong, which tree or node breaks a rule)
	 */
	public static MaModel load( final Path file )
	{
		final String what = "the Ma et al. model file '" + file + "'";
		if ( !Files.exists( file ) )
			throw new PdPlaneException( "Cannot load " + what + ": it does not exist." );
		final Collector collector = new Collector();
		try
		{
			MatStream.read( file, collector );
		}
		catch ( final PdPlaneException e )
		{
			throw new PdPlaneException( "Cannot load the Ma et al. model: " + e.getMessage(), e );
		}
		catch ( final OutOfMemoryError e )
		{
			throw new PdPlaneException( "Cannot load " + what + ": it does not fit the memory available; give Java more (for example -Xmx2g).", e );
		}
		return collector.model( "Cannot load " + what + ": ", file.getFileName().toString() );
	}

	/** The score of one image's features: {@code [1 s1 s2 s3] * linear}. */
	public double score( final MaFeatures features )
	{
		return combine( predictions( features ) );
	}

	/** {@code [s1 s2 s3]}, the forests' predictions. */
	public double[] predictions( final MaFeatures features )
	{
		return new double[] { forests[ 0 ].predict( features.f1() ), forests[ 1 ].predict( features.f2() ),
				forests[ 2 ].predict( features.f3() ) };
	}

	/** The sizes of the three forests, for messages: {@code "2000, 2000 and 2000 trees"}. */
	public String treeCounts()
	{
		return forest( 0 ).trees() + ", " + forest( 1 ).trees() + " and " + forest( 2 ).trees() + " trees";
	}

	/** {@code [1 s1 s2 s3] * linear}, summed in that order. */
	public double combine( final double[] predictions )
	{
		double score = linear[ 0 ];
		for ( int i = 0; i < FORESTS; i++ )
			score += predictions[ i ] * linear[ i + 1 ];
		return score;
	}

	public RegressionForest forest( final int index )
	{
		return forests[ index ];
	}

	/** {@code [intercept w1 w2 w3]}. */
	public double[] linear()
	{
		return linear.clone();
	}

	/** Where the model comes from, for logs and tables. */
	public String source()
	{
		return source;
	}

	@Override
	public String toString()
	{
		return "Ma et al. model " + source + " (" + forests[ 0 ].trees() + ", " + forests[ 1 ].trees() + ", " + forests[ 2 ].trees() + " trees)";
	}

	/**
	 * What the stream delivers: the header of every array, and the arrays the model needs, node arrays
	 * already cut to each column's last non-zero value.
	 */
	private static final class Collector implements MatStream.Listener
	{
		final Map< String, MatStream.Header > headers = new LinkedHashMap<>();

		final List< String > variables = new ArrayList<>();

		final Map< String, MatNumeric > small = new HashMap<>();

		final Map< String, double[][] > columns = new HashMap<>();

		/** Complex arrays where real numbers belong, reported after the structure has been checked. */
		final Map< String, String > classProblems = new HashMap<>();

		@Override
		public boolean header( final String path, final MatStream.Header header )
		{
			headers.put( path, header );
			if ( !path.contains( "." ) && !path.contains( "{" ) && !path.contains( "(" ) )
				variables.add( path );
			final String field = forestField( path );
			// only numbers are decoded; anything else is reported from its header
			return header.matClass().isNumeric() && ( path.equals( MODEL + "." + LINEAR_FIELD ) || field != null && isRead( field ) );
		}

		@Override
		public void leaf( final String path, final MatArray array )
		{
			final MatNumeric numeric = ( MatNumeric ) array;
			if ( numeric.isComplex() )
			{
				classProblems.put( path, path + " is a " + array.describe() + " array; it must hold real numbers" );
				return;
			}
			if ( Arrays.asList( NODE_ARRAYS ).contains( forestField( path ) ) && numeric.dimensions().length == 2 )
				columns.put( path, trimmedColumns( numeric ) );
			else
				small.put( path, numeric );
		}

		private static boolean isRead( final String field )
		{
			return Arrays.asList( NODE_ARRAYS ).contains( field ) || field.equals( NDTREE ) || field.equals( NTREE ) || field.equals( NRNODES )
					|| field.equals( COEF );
		}

		/** {@code lDau} for {@code model.rf{2}.lDau}, else {@code null}. */
		private static String forestField( final String path )
		{
			if ( !path.startsWith( MODEL + "." + RF + "{" ) )
				return null;
			final int dot = path.indexOf( "}." );
			return dot < 0 ? null : path.substring( dot + 2 );
		}

		/** Each column up to its last non-zero value: the rest of an {@code nrnodes x ntree} array is unused nodes. */
		private static double[][] trimmedColumns( final MatNumeric a )
		{
			final int rows = a.rows(), cols = a.columns();
			final double[] v = a.values();
			final double[][] out = new double[ cols ][];
			for ( int c = 0; c < cols; c++ )
			{
				int end = rows;
				while ( end > 0 && v[ c * rows + end - 1 ] == 0 )
					end--;
				out[ c ] = Arrays.copyOfRange( v, c * rows, c * rows + end );
			}
			return out;
		}

		MaModel model( final String prefix, final String source )
		{
			final MatStream.Header model = headers.get( MODEL );
			if ( model == null )
				throw new PdPlaneException( prefix + "it has no variable '" + MODEL + "' (" + ( variables.isEmpty() ? "it holds no variables"
						: "it holds " + String.join( ", ", variables ) ) + "); the authors' model.mat holds a struct 'model' with fields 'rf' and"
						+ " 'linear'." );
			if ( model.matClass() != MatClass.STRUCT || model.elements() != 1 )
				throw new PdPlaneException( prefix + "its variable 'model' is a " + model.describe() + " array; it must be a 1x1 struct with fields"
						+ " 'rf' and 'linear'." );
			for ( final String f : new String[] { RF, LINEAR_FIELD } )
				if ( !model.fieldNames().contains( f ) )
					throw new PdPlaneException( prefix + "the struct 'model' has no field '" + f + "' (its fields are "
							+ String.join( ", ", model.fieldNames() ) + ")." );
			final MatStream.Header rf = headers.get( MODEL + "." + RF );
			if ( rf.matClass() != MatClass.CELL || rf.elements() != FORESTS )
				throw new PdPlaneException( prefix + "model.rf is a " + rf.describe() + " array; it must be a 1x" + FORESTS
						+ " cell of regression forests (block DCT, steerable pyramid, singular values)." );
			final RegressionForest[] forests = new RegressionForest[ FORESTS ];
			for ( int i = 0; i < FORESTS; i++ )
				forests[ i ] = forest( prefix, i );
			final double[] linear = numbers( prefix, MODEL + "." + LINEAR_FIELD, LINEAR, "[intercept w1 w2 w3] of score = [1 s1 s2 s3] * linear" );
			for ( final double w : linear )
				if ( !Double.isFinite( w ) )
					throw new PdPlaneException( prefix + "model.linear holds " + w + "; its weights must be finite." );
			return new MaModel( forests, linear, source );
		}

		private RegressionForest forest( final String prefix, final int index )
		{
			final String path = MODEL + "." + RF + "{" + ( index + 1 ) + "}";
			final MatStream.Header h = headers.get( path );
			if ( h.matClass() != MatClass.STRUCT || h.elements() != 1 )
				throw new PdPlaneException( prefix + path + " is a " + h.describe() + " array; it must be a 1x1 struct (a randomforest-matlab"
						+ " regression forest, as regRF_train returns it)." );
			final List< String > required = new ArrayList<>( Arrays.asList( NODE_ARRAYS ) );
			required.add( NDTREE );
			required.add( NTREE );
			for ( final String f : required )
				if ( !h.fieldNames().contains( f ) )
					throw new PdPlaneException( prefix + path + " has no field '" + f + "' (its fields are " + String.join( ", ", h.fieldNames() )
							+ "); a regression forest needs " + String.join( ", ", required ) + "." );
			for ( final String f : required )
			{
				final MatStream.Header a = headers.get( path + "." + f );
				if ( !a.matClass().isNumeric() || classProblems.containsKey( path + "." + f ) )
					throw new PdPlaneException( prefix + path + "." + f + " is a " + a.describe() + ( classProblems.containsKey( path + "." + f )
							? " (complex)" : "" ) + " array; it must hold real numbers (randomforest-matlab stores "
							+ ( f.equals( "upper" ) || f.equals( "avnode" ) ? "double" : "int32" ) + ")." );
			}
			final MatStream.Header shape = headers.get( path + "." + NODE_ARRAYS[ 0 ] );
			final int[] dims = shape.dimensions();
			for ( final String f : NODE_ARRAYS )
			{
				final MatStream.Header a = headers.get( path + "." + f );
				if ( a.dimensions().length != 2 || !Arrays.equals( a.dimensions(), dims ) )
					throw new PdPlaneException( prefix + path + "." + f + " is " + a.describe() + " but " + path + "." + NODE_ARRAYS[ 0 ] + " is "
							+ shape.describe() + ": every node array of a forest is nrnodes x ntree." );
			}
			final int nrnodes = dims[ 0 ], ntree = dims[ 1 ];
			final double trees = numbers( prefix, path + "." + NTREE, 1, "the number of trees" )[ 0 ];
			if ( trees != ntree )
				throw new PdPlaneException( prefix + path + ".ntree is " + shown( trees ) + " but its node arrays have " + ntree
						+ " columns (one per tree)." );
			if ( h.fieldNames().contains( NRNODES ) )
			{
				final double rows = numbers( prefix, path + "." + NRNODES, 1, "the rows of the node arrays" )[ 0 ];
				if ( rows != nrnodes )
					throw new PdPlaneException( prefix + path + ".nrnodes is " + shown( rows ) + " but its node arrays have " + nrnodes + " rows." );
			}
			final int[] ndtree = integers( prefix, path + "." + NDTREE, numbers( prefix, path + "." + NDTREE, ntree, "one node count per tree" ) );
			for ( int t = 0; t < ntree; t++ )
				if ( ndtree[ t ] > nrnodes )
					throw new PdPlaneException( prefix + path + ": tree " + ( t + 1 ) + " claims " + ndtree[ t ] + " nodes (ndtree) but the node"
							+ " arrays have " + nrnodes + " rows." );
			double[] coef = null;
			if ( h.fieldNames().contains( COEF ) && headers.get( path + "." + COEF ).elements() > 0 )
				coef = numbers( prefix, path + "." + COEF, 2, "the bias correction [intercept slope]" );
			final String what = prefix.replaceFirst( ": $", "" ) + ", " + path + " (the " + GROUPS[ index ] + " forest)";
			return RegressionForest.of( FEATURES[ index ], integerColumns( prefix, path + ".lDau" ), integerColumns( prefix, path + ".rDau" ),
					columns.get( path + ".upper" ), columns.get( path + ".avnode" ), integerColumns( prefix, path + ".mbest" ), ndtree, coef, what );
		}

		/** A small numeric array that must hold {@code count} values. */
		private double[] numbers( final String prefix, final String path, final int count, final String meaning )
		{
			final MatStream.Header h = headers.get( path );
			if ( h == null )
				throw new PdPlaneException( prefix + "it has no " + path + " (" + meaning + ")." );
			if ( classProblems.containsKey( path ) )
				throw new PdPlaneException( prefix + classProblems.get( path ) + " (" + meaning + ")." );
			final MatNumeric a = small.get( path );
			if ( a == null )
				throw new PdPlaneException( prefix + path + " is a " + h.describe() + " array; it must hold " + count + " number"
						+ ( count == 1 ? "" : "s" ) + " (" + meaning + ")." );
			if ( a.numel() != count || a.dimensions().length != 2 || a.rows() != 1 && a.columns() != 1 )
				throw new PdPlaneException( prefix + path + " is " + a.describe() + "; it must hold " + count + " number" + ( count == 1 ? "" : "s" )
						+ " (" + meaning + ")." );
			return a.values().clone();
		}

		/** A number as MATLAB displays it: whole numbers without a fraction. */
		private static String shown( final double v )
		{
			return v == Math.rint( v ) && Math.abs( v ) < 1e15 ? Long.toString( ( long ) v ) : Double.toString( v );
		}

		private static int[] integers( final String prefix, final String path, final double[] values )
		{
			final int[] out = new int[ values.length ];
			for ( int i = 0; i < values.length; i++ )
			{
				if ( values[ i ] != Math.rint( values[ i ] ) || Math.abs( values[ i ] ) > Integer.MAX_VALUE )
					throw new PdPlaneException( prefix + path + "(" + ( i + 1 ) + ") is " + values[ i ] + "; it must be a whole number." );
				out[ i ] = ( int ) values[ i ];
			}
			return out;
		}

		private int[][] integerColumns( final String prefix, final String path )
		{
			final double[][] c = columns.get( path );
			final int[][] out = new int[ c.length ][];
			for ( int t = 0; t < c.length; t++ )
				out[ t ] = integers( prefix, path + "(:," + ( t + 1 ) + ")", c[ t ] );
			return out;
		}
	}
}
