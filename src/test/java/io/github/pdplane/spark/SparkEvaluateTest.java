package io.github.pdplane.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.chart.PlaneFiles;
import io.github.pdplane.cli.Main;

/**
 * The Spark application on Spark's local master with two worker threads, against {@code evaluate} of the same
 * inputs in this JVM: the same files, byte for byte, the same summary, the same errors and exit code.
 */
class SparkEvaluateTest
{
	private static final Path DEMO = Paths.get( "test-images" );

	/**
	 * Three of the demo's references and two algorithms' outputs of them; one output of another size, which
	 * fails as a row.
	 */
	static Path inputs( final Path dir ) throws IOException
	{
		for ( final String folder : Arrays.asList( "reference", "bicubic", "nearest" ) )
		{
			Files.createDirectories( dir.resolve( folder ) );
			for ( final String image : Arrays.asList( "I03.png", "I04.png", "I06.png" ) )
				Files.copy( DEMO.resolve( folder ).resolve( image ), dir.resolve( folder ).resolve( image ) );
		}
		Files.delete( dir.resolve( "nearest/I04.png" ) );
		assertTrue( new FileSaver( new ImagePlus( "small", new ColorProcessor( 96, 64 ) ) ).saveAsPng( dir.resolve( "nearest/I04.png" )
				.toString() ) );
		return dir;
	}

	/** evaluate's options for {@link #inputs}, with a set-level metric; without --out. */
	static List< String > options( final Path data )
	{
		return Arrays.asList( "--reference", data.resolve( "reference" ).toString(), "--restored", data.resolve( "bicubic" ).toString(),
				"--restored", "Nearest=" + data.resolve( "nearest" ), "--y", "niqe", "--metrics", "ssim,nss-fd", "--bootstrap", "200" );
	}

	/** A run's exit code, standard output and standard error. */
	static final class Run
	{
		final int exit;

		final String out, err;

		Run( final int exit, final ByteArrayOutputStream out, final ByteArrayOutputStream err )
		{
			this.exit = exit;
			this.out = new String( out.toByteArray(), StandardCharsets.UTF_8 );
			this.err = new String( err.toByteArray(), StandardCharsets.UTF_8 );
		}

		@Override
		public String toString()
		{
			return "exit " + exit + "\n" + out + err;
		}
	}

	static Run local( final List< String > options, final Path out )
	{
		final List< String > args = new ArrayList<>( Collections.singletonList( "evaluate" ) );
		args.addAll( options );
		args.addAll( Arrays.asList( "--out", out.toString() ) );
		final ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
		return new Run( Main.run( args.toArray( new String[ 0 ] ), new PrintStream( stdout, true ), new PrintStream( stderr, true ) ), stdout,
				stderr );
	}

	private static Run spark( final List< String > options, final String... more )
	{
		final List< String > args = new ArrayList<>( options );
		args.addAll( Arrays.asList( more ) );
		final ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
		final SparkConf local = new SparkConf().setMaster( "local[2]" ).set( "spark.ui.enabled", "false" );
		return new Run( SparkEvaluate.run( args.toArray( new String[ 0 ] ), local, new PrintStream( stdout, true ), new PrintStream( stderr,
				true ) ), stdout, stderr );
	}

	/** The error and warning lines of standard error (not the progress notes, which depend on timing). */
	static List< String > errors( final String err )
	{
		final List< String > lines = new ArrayList<>();
		for ( final String line : err.split( "\n" ) )
			if ( line.startsWith( "error: " ) || line.startsWith( "warning: " ) )
				lines.add( line );
		return lines;
	}

	/** Every file of a local evaluate and of a Spark run of the same inputs are equal, byte for byte. */
	static void assertSameFiles( final Path expected, final Path actual ) throws IOException
	{
		for ( final String file : PlaneFiles.EVALUATION_FILES )
			assertArrayEquals( Files.readAllBytes( expected.resolve( file ) ), Files.readAllBytes( actual.resolve( file ) ), file );
	}

	@Test
	void writesTheFilesOfALocalEvaluateByteForByte( @TempDir final Path dir ) throws IOException
	{
		final Path data = inputs( dir.resolve( "data" ) );
		final Run local = local( options( data ), dir.resolve( "local" ) );
		final Run spark = spark( options( data ), "--out", dir.resolve( "spark" ).toString() );
		assertEquals( Main.INPUT_FAILED, local.exit, local::toString );
		assertEquals( local.exit, spark.exit, spark::toString );
		assertSameFiles( dir.resolve( "local" ), dir.resolve( "spark" ) );
		assertEquals( errors( local.err ), errors( spark.err ), "the failed image, one error line" );
		assertEquals( 1, errors( spark.err ).size(), spark::toString );
		assertTrue( errors( spark.err ).get( 0 ).startsWith( "error: '" + data.resolve( "nearest/I04.png" ) + "' is 96x64 but its reference" ),
				spark.err );
		assertEquals( local.out.replace( dir.resolve( "local" ).toString(), "OUT" ), spark.out.replace( dir.resolve( "spark" ).toString(),
				"OUT" ) );
		assertTrue( Files.readAllLines( dir.resolve( "spark/summary.csv" ) ).get( 0 ).contains( ",nss-fd," ), "the set-level metric" );
	}

	@Test
	void optionsAreEvaluatesAndSparkRefusesWhatItCannotDo( @TempDir final Path dir ) throws IOException
	{
		final Path data = inputs( dir.resolve( "data" ) );
		final Run uri = spark( Arrays.asList( "--reference", "hdfs://cluster/hr", "--restored", data.resolve( "bicubic" ).toString() ), "--out",
				dir.resolve( "out" ).toString() );
		assertEquals( Main.USAGE, uri.exit, uri::toString );
		assertEquals( "error: 'hdfs://cluster/hr': the Spark application reads image sets from paths that the driver and every executor can"
				+ " read (a shared or copied folder, the same path everywhere), not yet from hdfs:// URIs; copy or mount the images there.\n",
				uri.err );
		final Run named = spark( Arrays.asList( "--reference", data.resolve( "reference" ).toString(), "--restored", "B=s3a://bucket/b" ),
				"--out", dir.resolve( "out" ).toString() );
		assertTrue( named.err.startsWith( "error: 'B=s3a://bucket/b': " ), named::toString );
		final Run journal = spark( options( data ), "--out", dir.resolve( "out" ).toString(), "--journal", dir.resolve( "j" ).toString() );
		assertEquals( Main.USAGE, journal.exit, journal::toString );
		assertEquals( "error: --journal: the Spark application keeps no journal and runs no shard (Spark shares the images out and runs a"
				+ " lost task again by itself); run evaluate on one machine for those.\n", journal.err );
		final Run shard = spark( options( data ), "--out", dir.resolve( "out" ).toString(), "--shard", "1/2" );
		assertEquals( Main.USAGE, shard.exit, shard::toString );
		assertTrue( shard.err.startsWith( "error: --shard: the Spark application keeps no journal" ), shard::toString );
		final Run unknown = spark( options( data ), "--out", dir.resolve( "out" ).toString(), "--thread", "2" );
		assertEquals( Main.USAGE, unknown.exit, unknown::toString );
		assertTrue( unknown.err.contains( "--threads" ), unknown::toString );
		assertFalse( Files.exists( dir.resolve( "out" ) ), "nothing written" );
	}

	@Test
	void anExecutorThatFindsOtherInputsThanTheDriverFailsItsTasks( @TempDir final Path dir ) throws IOException
	{
		final Path data = inputs( dir.resolve( "data" ) );
		final List< String > args = new ArrayList<>( options( data ) );
		args.addAll( Arrays.asList( "--out", dir.resolve( "out" ).toString() ) );
		final ExecutorJobs.Key other = new ExecutorJobs.Key( args, "0000" );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> ExecutorJobs.scoreItem( other, 0 ) );
		assertTrue( e.getMessage().matches( "The executor on .* finds other images, settings or models than the driver: give image sets"
				+ " \\(and model files\\) by paths that name the same files on every machine .*" ), e.getMessage() );
	}

	@Test
	void aFailedTaskIsReportedByTheReasonItsExecutorGave()
	{
		final String executor = "The executor on node7 finds other images, settings or models than the driver: give ...";
		assertEquals( executor, SparkEvaluate.reason( new SparkException( "Job aborted due to stage failure: Task 0 in stage 0.0 failed 4 times,"
				+ " most recent failure: Lost task 0.3 in stage 0.0 (TID 3) (10.0.0.7 executor 1): " + PdPlaneException.class.getName() + ": "
				+ executor + "\n\tat io.github.pdplane.spark.ExecutorJobs.checkedJob(ExecutorJobs.java:80)\n" ) ) );
		assertEquals( executor, SparkEvaluate.reason( new SparkException( "Job aborted", new PdPlaneException( executor ) ) ) );
		assertEquals( "Job 3 cancelled", SparkEvaluate.reason( new SparkException( "Job 3 cancelled\nmore" ) ) );
	}

	@Test
	void sparksSettingsKeepWhatSparkSubmitGaveAndAddPdPlanesDefaults()
	{
		final SparkConf given = new SparkConf( false ).set( "spark.app.name", "mine" );
		final SparkConf settings = SparkEvaluate.settings( given );
		assertEquals( "mine", settings.get( "spark.app.name" ) );
		assertEquals( "WARN", settings.get( "spark.log.level" ) );
		assertFalse( given.contains( "spark.log.level" ), "the given settings are not changed" );
	}
}
