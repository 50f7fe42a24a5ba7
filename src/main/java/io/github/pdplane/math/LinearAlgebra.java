package io.github.pdplane.math;

/**
 * The dense linear algebra of the metrics, on small matrices ({@code double[row][column]}): symmetric
 * eigen-decomposition and singular values by Jacobi rotations, which are accurate to rounding on the 36x36
 * covariances NIQE uses and the 9x9 ones of VIF and deterministic (a fixed sequence of operations, no
 * threads), MATLAB's {@code pinv}, and its {@code inv} by LU factorisation. Inputs are never modified.
 */
public final class LinearAlgebra
{
	/** Jacobi sweeps converge quadratically; this many means the input was not finite. */
	private static final int MAX_SWEEPS = 100;

	private static final double EPS = Math.ulp( 1.0 );

	private LinearAlgebra()
	{}

	/** A = Q diag(values) Q^T with orthonormal columns of Q, values in descending order. */
	public static final class Eigen
	{
		public final double[] values;

		/** {@code vectors[i][k]}: component i of the eigenvector of {@code values[k]}. */
		public final double[][] vectors;

		Eigen( final double[] values, final double[][] vectors )
		{
			this.values = values;
			this.vectors = vectors;
		}
	}

	/** A = U diag(values) V^T, singular values in descending order. */
	public static final class Svd
	{
		public final double[] values;

		/** m x n, orthonormal columns where the singular value is non-zero. */
		public final double[][] u;

		/** n x n. */
		public final double[][] v;

		Svd( final double[] values, final double[][] u, final double[][] v )
		{
			this.values = values;
			this.u = u;
			this.v = v;
		}
	}

	/**
	 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations (only the upper triangle is
	 * read). Rotations stop when every off-diagonal element is negligible next to its two diagonal
	 * elements, which gives eigenvalues to within rounding of the matrix norm.
	 */
	public static Eigen symmetricEigen( final double[][] matrix )
	{
		final int n = matrix.length;
		final double[][] a = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = i; j < n; j++ )
			{
				checkFinite( matrix[ i ][ j ] );
				a[ i ][ j ] = a[ j ][ i ] = matrix[ i ][ j ];
			}
		double frobenius = 0;
		for ( int i = 0; i < n; i++ )
			for ( int j = 0; j < n; j++ )
				frobenius += a[ i ][ j ] * a[ i ][ j ];
		// below this an element moves no eigenvalue by more than rounding of the norm
		final double negligible = EPS * EPS * Math.sqrt( frobenius );
		final double[][] q = identity( n );
		for ( int sweep = 0;; sweep++ )
		{
			boolean rotated = false;
			for ( int p = 0; p < n - 1; p++ )
				for ( int r = p + 1; r < n; r++ )
				{
					final double apr = a[ p ][ r ];
					final double app = a[ p ][ p ], arr = a[ r ][ r ];
					if ( Math.abs( apr ) <= negligible || Math.abs( apr ) <= EPS * 0.5 * Math.sqrt( Math.abs( app ) * Math.abs( arr ) ) )
						continue;
					rotated = true;
					final double t = tangent( ( arr - app ) / ( 2 * apr ) );
					final double c = 1 / Math.sqrt( t * t + 1 ), s = t * c;
					for ( int k = 0; k < n; k++ )
					{
						final double akp = a[ k ][ p ], akr = a[ k ][ r ];
						a[ k ][ p ] = c * akp - s * akr;
						a[ k ][ r ] = s * akp + c * akr;
					}
					for ( int k = 0; k < n; k++ )
					{
						final double apk = a[ p ][ k ], ark = a[ r ][ k ];
						a[ p ][ k ] = c * apk - s * ark;
						a[ r ][ k ] = s * apk + c * ark;
					}
					// exact in theory; set so that rounding does not leave a residue to chase
					a[ p ][ r ] = a[ r ][ p ] = 0;
					for ( int k = 0; k < n; k++ )
					{
						final double qkp = q[ k ][ p ], qkr = q[ k ][ r ];
						q[ k ][ p ] = c * qkp - s * qkr;
						q[ k ][ r ] = s * qkp + c * qkr;
					}
				}
			if ( !rotated )
				break;
			if ( sweep == MAX_SWEEPS )
				throw new ArithmeticException( "Jacobi eigen-decomposition did not converge" );
		}
		final double[] diagonal = new double[ n ];
		for ( int i = 0; i < n; i++ )
			diagonal[ i ] = a[ i ][ i ];
		final int[] order = descending( diagonal );
		final double[] values = new double[ n ];
		final double[][] vectors = new double[ n ][ n ];
		for ( int k = 0; k < n; k++ )
		{
			values[ k ] = diagonal[ order[ k ] ];
			for ( int i = 0; i < n; i++ )
				vectors[ i ][ k ] = q[ i ][ order[ k ] ];
		}
		return new Eigen( values, vectors );
	}

	/**
	 * Singular value decomposition by one-sided Jacobi rotations (Hestenes), which computes the small
	 * singular values to high relative accuracy. Any shape; a wide matrix is decomposed through its
	 * transpose.
	 */
	public static Svd svd( final double[][] matrix )
	{
		final int m = matrix.length, n = m == 0 ? 0 : matrix[ 0 ].length;
		if ( n > m )
		{
			final Svd t = svd( transpose( matrix ) );
			return new Svd( t.values, t.v, t.u );
		}
		// columns as rows for contiguous access
		final double[][] col = new double[ n ][ m ];
		for ( int i = 0; i < m; i++ )
			for ( int j = 0; j < n; j++ )
			{
				checkFinite( matrix[ i ][ j ] );
				col[ j ][ i ] = matrix[ i ][ j ];
			}
		final double[][] vCol = identity( n );
		// a column this small is rounding noise of a rank-deficient matrix: rotating it against others only
		// moves the noise around and can go on for ever, and leaving it changes no singular value beyond rounding
		double frobenius = 0;
		for ( final double[] c : col )
			frobenius += dot( c, c );
		final double negligible = EPS * EPS * frobenius * Math.max( m, n );
		// Two columns count as orthogonal where their cosine is below this. EPS first, for the small singular values'
		// relative accuracy; but rounding can keep a pair's cosine just above EPS sweep after sweep, each rotation
		// only flipping its sign (a 36x36 NIQE covariance did, at 1.27 EPS). Where the strict sweeps do not end,
		// the tolerance of LAPACK's dgesvj, sqrt(m) EPS, ends them; every matrix that converged before is
		// decomposed exactly as it was.
		double orthogonal = EPS;
		for ( int sweep = 0;; sweep++ )
		{
			boolean rotated = false;
			for ( int i = 0; i < n - 1; i++ )
				for ( int j = i + 1; j < n; j++ )
				{
					final double alpha = dot( col[ i ], col[ i ] ), beta = dot( col[ j ], col[ j ] ), gamma = dot( col[ i ], col[ j ] );
					if ( gamma == 0 || Math.abs( gamma ) <= orthogonal * Math.sqrt( alpha * beta ) || alpha <= negligible || beta <= negligible )
						continue;
					rotated = true;
					final double t = tangent( ( beta - alpha ) / ( 2 * gamma ) );
					final double c = 1 / Math.sqrt( 1 + t * t ), s = c * t;
					rotate( col[ i ], col[ j ], c, s );
					rotate( vCol[ i ], vCol[ j ], c, s );
				}
			if ( !rotated )
				break;
			if ( sweep == MAX_SWEEPS )
				orthogonal = Math.sqrt( m ) * EPS;
			if ( sweep == 2 * MAX_SWEEPS )
				throw new ArithmeticException( "Jacobi SVD did not converge" );
		}
		final double[] norms = new double[ n ];
		for ( int j = 0; j < n; j++ )
			norms[ j ] = Math.sqrt( dot( col[ j ], col[ j ] ) );
		final int[] order = descending( norms );
		final double[] values = new double[ n ];
		final double[][] u = new double[ m ][ n ], v = new double[ n ][ n ];
		for ( int k = 0; k < n; k++ )
		{
			final int j = order[ k ];
			values[ k ] = norms[ j ];
			for ( int i = 0; i < m; i++ )
				u[ i ][ k ] = norms[ j ] == 0 ? 0 : col[ j ][ i ] / norms[ j ];
			for ( int i = 0; i < n; i++ )
				v[ i ][ k ] = vCol[ j ][ i ];
		}
		return new Svd( values, u, v );
	}

	/**
	 * MATLAB {@code pinv(A)}: the pseudo-inverse from the SVD, keeping singular values above
	 * {@code max(size(A)) * eps(norm(A))}.
	 */
	public static double[][] pinv( final double[][] a )
	{
		final int m = a.length, n = m == 0 ? 0 : a[ 0 ].length;
		final Svd svd = svd( a );
		final double[][] x = new double[ n ][ m ];
		if ( svd.values.length == 0 )
			return x;
		final double tolerance = Math.max( m, n ) * Math.ulp( svd.values[ 0 ] );
		for ( int k = 0; k < svd.values.length && svd.values[ k ] > tolerance; k++ )
		{
			final double inverse = 1 / svd.values[ k ];
			for ( int i = 0; i < n; i++ )
			{
				final double vik = svd.v[ i ][ k ] * inverse;
				for ( int j = 0; j < m; j++ )
					x[ i ][ j ] += vik * svd.u[ j ][ k ];
			}
		}
		return x;
	}

	/**
	 * MATLAB's {@code inv(A)} of a square matrix: LU factorisation with partial pivoting (the largest
	 * remaining element of each column as pivot, as LAPACK's {@code dgetrf}), then the columns of the identity
	 * solved through it. Where a pivot is exactly zero MATLAB warns and returns infinities; this method
	 * refuses instead, so that the caller can say what that means for its input. A matrix that is only close
	 * to singular is inverted, as MATLAB does (with a warning there).
	 *
	 * @throws ArithmeticException
	 *             for a singular matrix or a non-finite element
	 */
	public static double[][] inverse( final double[][] matrix )
	{
		final int n = matrix.length;
		final double[][] lu = new double[ n ][];
		for ( int i = 0; i < n; i++ )
		{
			if ( matrix[ i ].length != n )
				throw new IllegalArgumentException( "inverse needs a square matrix, not " + n + "x" + matrix[ i ].length );
			for ( final double v : matrix[ i ] )
				checkFinite( v );
			lu[ i ] = matrix[ i ].clone();
		}
		final int[] rowOf = new int[ n ];
		for ( int i = 0; i < n; i++ )
			rowOf[ i ] = i;
		for ( int k = 0; k < n; k++ )
		{
			int pivot = k;
			for ( int i = k + 1; i < n; i++ )
				if ( Math.abs( lu[ i ][ k ] ) > Math.abs( lu[ pivot ][ k ] ) )
					pivot = i;
			if ( lu[ pivot ][ k ] == 0 )
				throw new ArithmeticException( "matrix is singular" );
			final double[] swap = lu[ k ];
			lu[ k ] = lu[ pivot ];
			lu[ pivot ] = swap;
			final int swapRow = rowOf[ k ];
			rowOf[ k ] = rowOf[ pivot ];
			rowOf[ pivot ] = swapRow;
			for ( int i = k + 1; i < n; i++ )
			{
				final double factor = lu[ i ][ k ] / lu[ k ][ k ];
				lu[ i ][ k ] = factor;
				for ( int j = k + 1; j < n; j++ )
					lu[ i ][ j ] -= factor * lu[ k ][ j ];
			}
		}
		final double[][] inverse = new double[ n ][ n ];
		final double[] x = new double[ n ];
		for ( int column = 0; column < n; column++ )
		{
			// P A = L U: solve L y = P e_column, then U x = y
			for ( int i = 0; i < n; i++ )
			{
				double sum = rowOf[ i ] == column ? 1 : 0;
				for ( int j = 0; j < i; j++ )
					sum -= lu[ i ][ j ] * x[ j ];
				x[ i ] = sum;
			}
			for ( int i = n - 1; i >= 0; i-- )
			{
				double sum = x[ i ];
				for ( int j = i + 1; j < n; j++ )
					sum -= lu[ i ][ j ] * x[ j ];
				x[ i ] = sum / lu[ i ][ i ];
			}
			for ( int i = 0; i < n; i++ )
				inverse[ i ][ column ] = x[ i ];
		}
		return inverse;
	}

	/**
	 * The symmetric square root of a symmetric positive semi-definite matrix; eigenvalues that
	 * rounding made slightly negative count as zero.
	 */
	public static double[][] sqrtPsd( final double[][] a )
	{
		final Eigen e = symmetricEigen( a );
		final int n = a.length;
		final double[] roots = new double[ n ];
		for ( int k = 0; k < n; k++ )
			roots[ k ] = Math.sqrt( Math.max( 0, e.values[ k ] ) );
		final double[][] s = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			for ( int j = i; j < n; j++ )
			{
				double sum = 0;
				for ( int k = 0; k < n; k++ )
					sum += e.vectors[ i ][ k ] * roots[ k ] * e.vectors[ j ][ k ];
				s[ i ][ j ] = s[ j ][ i ] = sum;
			}
		return s;
	}

	/** The sum of the singular values (trace norm). */
	public static double nuclearNorm( final double[][] a )
	{
		double sum = 0;
		for ( final double s : svd( a ).values )
			sum += s;
		return sum;
	}

	public static double[][] multiply( final double[][] a, final double[][] b )
	{
		final int m = a.length, inner = b.length, n = inner == 0 ? 0 : b[ 0 ].length;
		final double[][] c = new double[ m ][ n ];
		for ( int i = 0; i < m; i++ )
			for ( int k = 0; k < inner; k++ )
			{
				final double aik = a[ i ][ k ];
				for ( int j = 0; j < n; j++ )
					c[ i ][ j ] += aik * b[ k ][ j ];
			}
		return c;
	}

	static double[][] transpose( final double[][] a )
	{
		final int m = a.length, n = m == 0 ? 0 : a[ 0 ].length;
		final double[][] t = new double[ n ][ m ];
		for ( int i = 0; i < m; i++ )
			for ( int j = 0; j < n; j++ )
				t[ j ][ i ] = a[ i ][ j ];
		return t;
	}

	public static double trace( final double[][] a )
	{
		double sum = 0;
		for ( int i = 0; i < a.length; i++ )
			sum += a[ i ][ i ];
		return sum;
	}

	static double[][] identity( final int n )
	{
		final double[][] a = new double[ n ][ n ];
		for ( int i = 0; i < n; i++ )
			a[ i ][ i ] = 1;
		return a;
	}

	/**
	 * The tangent of the Jacobi rotation angle for {@code cot(2 angle) = theta}: the smaller root of
	 * {@code t^2 + 2 theta t - 1 = 0}, written so that a huge {@code theta} neither overflows nor cancels.
	 */
	private static double tangent( final double theta )
	{
		final double a = Math.abs( theta );
		final double t = a > 1e150 ? 0.5 / a : 1 / ( a + Math.sqrt( a * a + 1 ) );
		return theta >= 0 ? t : -t;
	}

	private static double dot( final double[] x, final double[] y )
	{
		double sum = 0;
		for ( int i = 0; i < x.length; i++ )
			sum += x[ i ] * y[ i ];
		return sum;
	}

	private static void rotate( final double[] x, final double[] y, final double c, final double s )
	{
		for ( int k = 0; k < x.length; k++ )
		{
			final double xk = x[ k ], yk = y[ k ];
			x[ k ] = c * xk - s * yk;
			y[ k ] = s * xk + c * yk;
		}
	}

	/** Indices sorting {@code values} in descending order, stable. */
	private static int[] descending( final double[] values )
	{
		final Integer[] boxed = new Integer[ values.length ];
		for ( int i = 0; i < boxed.length; i++ )
			boxed[ i ] = i;
		java.util.Arrays.sort( boxed, ( x, y ) -> Double.compare( values[ y ], values[ x ] ) );
		final int[] order = new int[ values.length ];
		for ( int i = 0; i < order.length; i++ )
			order[ i ] = boxed[ i ];
		return order;
	}

	private static void checkFinite( final double v )
	{
		if ( Double.isNaN( v ) || Double.isInfinite( v ) )
			throw new ArithmeticException( "matrix has a non-finite element: " + v );
	}
}
