package io.github.pdplane.nr.ma;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.pdplane.io.mat.MatWriter;

/**
 * Ma et al. model files in the authors' layout, written by the tests: {@code model.rf} a 1x3 cell of
 * structs with the fields {@code regRF_train} of randomforest-matlab returns, in its order and classes
 * ({@code int32} node indices, {@code double} values, {@code nodestatus} as bytes packed into a char
 * array), and {@code model.linear} 4x1. Public for the tests of the front ends, which install and use such files.
 */
public final class SyntheticModel
{
	/** Tree 1 splits feature 1 at 0.5 (leaves 1 and 3); tree 2 splits feature 2 at -1, then feature 1 at 0.2 (leaves 10, 20; right 30). */
	static final int[][] L_DAU = { { 2, 0, 0 }, { 2, 4, 0, 0, 0 } }, R_DAU = { { 3, 0, 0 }, { 3, 5, 0, 0, 0 } },
			MBEST = { { 1, 0, 0 }, { 2, 1, 0, 0, 0 } };

	static final double[][] UPPER = { { 0.5, 0, 0 }, { -1, 0.2, 0, 0, 0 } }, AVNODE = { { 2, 1, 3 }, { 20, 15, 30, 10, 20 } };

	/** Rows of the node arrays: more than the largest tree, as regRF allocates them. */
	static final int NRNODES = 7;

	static final double[] LINEAR = { 0.5, 1, -0.5, 0.25 };

	private SyntheticModel()
	{}

	/** The fields of one forest, in regRF_train's order; callers may replace or remove fields before writing. */
	static Map< String, MatWriter.Value > forest( final int[][] lDau, final int[][] rDau, final double[][] upper, final double[][] avnode,
			final int[][] mbest, final double[] coef )
	{
		final int trees = lDau.length;
		final int[] ndtree = new int[ trees ];
		for ( int t = 0; t < trees; t++ )
			ndtree[ t ] = lDau[ t ].length;
		final Map< String, MatWriter.Value > f = new LinkedHashMap<>();
		f.put( "lDau", MatWriter.int32s( NRNODES, trees, columns( lDau ) ) );
		f.put( "rDau", MatWriter.int32s( NRNODES, trees, columns( rDau ) ) );
		f.put( "nodestatus", MatWriter.chars( NRNODES, trees, nodestatus( lDau ) ) );
		f.put( "nrnodes", MatWriter.doubles( 1, 1, new double[] { NRNODES } ) );
		f.put( "upper", MatWriter.doubles( NRNODES, trees, columns( upper ) ) );
		f.put( "avnode", MatWriter.doubles( NRNODES, trees, columns( avnode ) ) );
		f.put( "mbest", MatWriter.int32s( NRNODES, trees, columns( mbest ) ) );
		f.put( "ndtree", MatWriter.int32s( trees, 1, ndtree ) );
		f.put( "ntree", MatWriter.doubles( 1, 1, new double[] { trees } ) );
		f.put( "Y_hat", MatWriter.doubles( 3, 1, new double[] { 5, 6, 7 } ) );
		f.put( "mse", MatWriter.doubles( trees, 1, new double[ trees ] ) );
		f.put( "importance", MatWriter.doubles( 2, 1, new double[] { 0.1, 0.2 } ) );
		f.put( "importanceSD", MatWriter.doubles( 1, 1, new double[] { 0 } ) );
		f.put( "localImp", MatWriter.doubles( 1, 1, new double[] { 0 } ) );
		f.put( "proximity", MatWriter.doubles( 1, 1, new double[] { 0 } ) );
		f.put( "coef", MatWriter.doubles( 2, 1, coef ) );
		f.put( "oob_times", MatWriter.int32s( 3, 1, new int[] { 1, 0, 2 } ) );
		f.put( "inbag", MatWriter.int32s( 1, 1, new int[] { 1 } ) );
		f.put( "nPerm", MatWriter.doubles( 1, 1, new double[] { 1 } ) );
		f.put( "biasCorr", MatWriter.doubles( 1, 1, new double[] { 0 } ) );
		f.put( "rsq", MatWriter.doubles( trees, 1, new double[ trees ] ) );
		return f;
	}

	/** The two-tree forest above, without bias correction. */
	static Map< String, MatWriter.Value > forest()
	{
		return forest( L_DAU, R_DAU, UPPER, AVNODE, MBEST, new double[ 2 ] );
	}

	/** The model's variable from three forests' fields and the linear weights. */
	static MatWriter file( final Map< String, MatWriter.Value > f1, final Map< String, MatWriter.Value > f2, final Map< String, MatWriter.Value > f3,
			final MatWriter.Value linear )
	{
		final Map< String, MatWriter.Value > model = new LinkedHashMap<>();
		model.put( "rf", MatWriter.cell( 1, 3, MatWriter.struct( f1 ), MatWriter.struct( f2 ), MatWriter.struct( f3 ) ) );
		model.put( "linear", linear );
		return new MatWriter( "Ma et al. model written by the tests" ).add( "model", MatWriter.struct( model ) ).compressed();
	}

	/** The standard synthetic model: the two-tree forest three times, {@link #LINEAR}. */
	public static Path write( final Path file )
	{
		file( forest(), forest(), forest(), MatWriter.doubles( 4, 1, LINEAR ) ).write( file );
		return file;
	}

	/** The relative offset of a {@link #tunedTo} split from the feature value it is tuned to. */
	static final double TUNING = 1e-3;

	/**
	 * A model whose score follows the features of one image: each forest has one stump per feature of its
	 * group, splitting feature k a little ({@link #TUNING}) above its value on {@code image} for even k
	 * and a little below for odd k, with the leaves 0 (left) and 1 (right), and the linear map
	 * {@code [1 3 3 3]}. Another image, convention or shave moves features by more than that and flips
	 * stumps, so the score tells them apart, while rounding differences between runs cannot.
	 */
	public static Path tunedTo( final MaFeatures image, final Path file )
	{
		final double[][] groups = { image.f1(), image.f2(), image.f3() };
		@SuppressWarnings( "unchecked" )
		final Map< String, MatWriter.Value >[] forests = new Map[ groups.length ];
		for ( int g = 0; g < groups.length; g++ )
		{
			final int n = groups[ g ].length;
			final int[][] lDau = new int[ n ][], rDau = new int[ n ][], mbest = new int[ n ][];
			final double[][] upper = new double[ n ][], avnode = new double[ n ][];
			for ( int k = 0; k < n; k++ )
			{
				final double x = groups[ g ][ k ];
				lDau[ k ] = new int[] { 2, 0, 0 };
				rDau[ k ] = new int[] { 3, 0, 0 };
				mbest[ k ] = new int[] { k + 1, 0, 0 };
				upper[ k ] = new double[] { x + ( k % 2 == 0 ? 1 : -1 ) * ( Math.abs( x ) * TUNING + 1e-12 ), 0, 0 };
				avnode[ k ] = new double[] { 0.5, 0, 1 };
			}
			forests[ g ] = forest( lDau, rDau, upper, avnode, mbest, new double[ 2 ] );
		}
		file( forests[ 0 ], forests[ 1 ], forests[ 2 ], MatWriter.doubles( 4, 1, new double[] { 1, 3, 3, 3 } ) ).write( file );
		return file;
	}

	/** Column-major {@code NRNODES x trees}, zero beyond each tree. */
	private static int[] columns( final int[][] perTree )
	{
		final int[] out = new int[ NRNODES * perTree.length ];
		for ( int t = 0; t < perTree.length; t++ )
			System.arraycopy( perTree[ t ], 0, out, t * NRNODES, perTree[ t ].length );
		return out;
	}

	private static double[] columns( final double[][] perTree )
	{
		final double[] out = new double[ NRNODES * perTree.length ];
		for ( int t = 0; t < perTree.length; t++ )
			System.arraycopy( perTree[ t ], 0, out, t * NRNODES, perTree[ t ].length );
		return out;
	}

	/**
	 * As the MEX file leaves it: one byte per node (-3 interior, -1 terminal, 0 unused) written through a
	 * {@code char*} into a MATLAB char array, so each 16-bit code unit holds two nodes (little-endian).
	 */
	private static char[] nodestatus( final int[][] lDau )
	{
		final byte[] bytes = new byte[ 2 * NRNODES * lDau.length ];
		for ( int t = 0; t < lDau.length; t++ )
			for ( int k = 0; k < lDau[ t ].length; k++ )
				bytes[ t * NRNODES + k ] = ( byte ) ( lDau[ t ][ k ] != 0 ? -3 : -1 );
		final char[] units = new char[ NRNODES * lDau.length ];
		for ( int i = 0; i < units.length; i++ )
			units[ i ] = ( char ) ( ( bytes[ 2 * i ] & 0xff ) | ( bytes[ 2 * i + 1 ] & 0xff ) << 8 );
		return units;
	}
}
