package io.github.pdplane.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.batch.EvaluationJob;
import io.github.pdplane.batch.EvaluationResult;
import io.github.pdplane.batch.ImageSet;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.image.Plane;
import io.github.pdplane.io.ImageFileReader;
import io.github.pdplane.io.imagej.ImageJFileReader;

class EvaluateSubcommandTest
{
	/** {@link ImageFilesOnDisk#algorithmFolders} of 200x200 scenes, which NIQE scores. */
	private static Path data( final Path dir, final int n ) throws IOException
	{
		return ImageFilesOnDisk.algorithmFolders( dir, n, 200 );
	}

	/** With the y axis named: the default depends on whether this machine has the Ma et al. model (DemoSubcommandTest covers it). */
	private static String[] args( final Path data, final Path out, final String... more )
	{
		final List< String > args = new java.util.ArrayList<>( Arrays.asList( "evaluate", "--reference", data.resolve( "ref" ).toString(),
				"--restored", data.resolve( "close" ).toString(), "--restored", "Far away=" + data.resolve( "far" ), "--out", out.toString(),
				"--y", "niqe" ) );
		args.addAll( Arrays.asList( more ) );
		return args.toArray( new String[ 0 ] );
	}

	@Test
	void writesTheEnginesTablesAndChartAndPrintsTheSummary( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 3 );
		final Map< Path, String > before = CliRun.checksums( data );
		final Path out = dir.resolve( "results/nested" );
		final CliRun run = CliRun.of( args( data, out, "--metrics", "ssim,nss-fd", "--threads", "2", "--cloud" ) );
		assertEquals( Main.OK, run.exit, run::toString );
		assertEquals( "", run.err );
		assertEquals( Arrays.asList( "per-image.csv", "plane.png", "plane.svg", "summary.csv" ), ImageFilesOnDisk.names( out ) );

		final EvaluationJob job = EvaluationJob.builder( ImageJFileReader.INSTANCE ).reference( ImageSet.folder( data.resolve( "ref" ) ) )
				.algorithm( ImageSet.folder( data.resolve( "close" ) ) ).algorithm( ImageSet.folder( data.resolve( "far" ) ).named( "Far away" ) )
				.extraMetrics( "ssim,nss-fd" ).threads( 1 ).build();
		assertTrue( job.process(), job::getErrorMessage );
		final EvaluationResult r = job.result();
		assertEquals( r.perImageTable().toCsv(), DemoSubcommandTest.read( out.resolve( "per-image.csv" ) ) );
		assertEquals( r.summaryTable().toCsv(), DemoSubcommandTest.read( out.resolve( "summary.csv" ) ) );
		assertEquals( "algorithm,image,rmse,niqe,ssim", DemoSubcommandTest.read( out.resolve( "per-image.csv" ) ).split( "\n" )[ 0 ] );
		assertTrue( DemoSubcommandTest.read( out.resolve( "per-image.csv" ) ).contains( "\nclose,img0.tif,1.0," ) );
		DemoSubcommandTest.assertPng( out.resolve( "plane.png" ) );

		assertEquals( "Evaluated 2 algorithms against folder '" + data.resolve( "ref" ) + "' (gray):", run.outLines().get( 0 ) );
		assertTrue( run.outLines().get( 2 ).matches( "algorithm +n +failed +RMSE +NIQE +SSIM +NSS-FD +frontier" ), run.out );
		assertTrue( run.outLines().get( 3 ).matches( "close +3 +0 +1\\.0000 .*" ), run.out );
		assertTrue( run.outLines().get( 4 ).matches( "Far away +3 +0 +4\\.0000 .*" ), run.out );
		assertEquals( before, CliRun.checksums( data ) );
	}

	@Test
	void anyThreadCountWritesTheSameFiles( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 5 );
		final CliRun one = CliRun.of( args( data, dir.resolve( "one" ), "--threads", "1", "--metrics", "ms-ssim,niqe-ref" ) );
		final CliRun four = CliRun.of( args( data, dir.resolve( "four" ), "--threads", "4", "--metrics", "ms-ssim,niqe-ref" ) );
		assertEquals( Main.OK, one.exit, one::toString );
		assertEquals( one.out.replace( dir.resolve( "one" ).toString(), "" ), four.out.replace( dir.resolve( "four" ).toString(), "" ) );
		for ( final String file : new String[] { "per-image.csv", "summary.csv", "plane.png" } )
			assertTrue( Arrays.equals( Files.readAllBytes( dir.resolve( "one" ).resolve( file ) ), Files.readAllBytes( dir.resolve( "four" )
					.resolve( file ) ) ), file );
	}

	@Test
	void stacksPairBySliceAndNamesComeFromTheCommandLine( @TempDir final Path dir ) throws IOException
	{
		final Plane a = ImageFilesOnDisk.scene( 200, 1 ), b = ImageFilesOnDisk.scene( 200, 2 );
		final Path ref = ImageFilesOnDisk.stack( dir.resolve( "ref.tif" ), a, b );
		final Path out1 = ImageFilesOnDisk.stack( dir.resolve( "method-one.tif" ), ImageFilesOnDisk.offset( a, 2 ), ImageFilesOnDisk.offset( b, 2 ) );
		final Path out2 = ImageFilesOnDisk.stack( dir.resolve( "two.tif" ), ImageFilesOnDisk.offset( a, 3 ) );
		final CliRun run = CliRun.of( "evaluate", "--reference", ref.toString(), "--restored", out1.toString(), "--restored", "B=" + out2,
				"--y", "ssim", "--out", dir.resolve( "out" ).toString() );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertEquals( Collections.singletonList( "error: '" + out2 + "' has no slice 2: the reference stack '" + ref + "' has 2 slices and"
				+ " stacks pair by slice index." ), run.errLines() );
		final String csv = DemoSubcommandTest.read( dir.resolve( "out/per-image.csv" ) );
		assertTrue( csv.startsWith( "algorithm,image,rmse,ssim\nmethod-one,slice 1,2.0," ), csv );
		assertTrue( csv.contains( "\nB,slice 1,3.0," ), csv );
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "B +1 +1 .*" ) ), run.out );
	}

	/**
	 * An unreadable file in an algorithm's folder stops the run before any scoring, naming it; with
	 * --skip-unreadable it is reported and counted as failed like an image that cannot be scored, and the
	 * run goes on.
	 */
	@Test
	void badInputIsReportedPerFileAndTheRunGoesOn( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 3 );
		ImageFilesOnDisk.tiff( data.resolve( "far/img1.tif" ), ImageFilesOnDisk.scene( 240, 9 ) ); // another size
		Files.write( data.resolve( "close/img2.tif" ), new byte[] { 0, 1, 2 } ); // not an image
		final Map< Path, String > before = CliRun.checksums( data );
		final Path out = dir.resolve( "out" );
		CliRun.of( args( data, out ) ).assertOneError( Main.INPUT_FAILED, "The folder '" + data.resolve( "close" ) + "' has a file that cannot"
				+ " be read as an image: '" + data.resolve( "close/img2.tif" ) + "': it is not an image file ImageJ reads (TIFF, PNG, BMP, GIF,"
				+ " JPEG, PGM, FITS, DICOM). Fix or remove it, or ask to skip unreadable files (--skip-unreadable on the command line, \"Skip"
				+ " unreadable files\" in ImageJ): skipped files are reported and counted." );
		assertFalse( Files.exists( out ), "nothing is written" );
		final CliRun run = CliRun.of( args( data, out, "--skip-unreadable" ) );
		assertEquals( Main.INPUT_FAILED, run.exit, run::toString );
		assertEquals( Arrays.asList( "error: '" + data.resolve( "close/img2.tif" ) + "' could not be read: it is not an image file ImageJ reads"
				+ " (TIFF, PNG, BMP, GIF, JPEG, PGM, FITS, DICOM).",
				"error: '" + data.resolve( "far/img1.tif" ) + "' is 240x240 but its reference '" + data.resolve( "ref/img1.tif" )
						+ "' is 200x200: full-reference metrics compare pixel by pixel, so the sizes must be equal." ), run.errLines() );
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "close +2 +1 .*" ) ), run.out );
		assertTrue( run.outLines().stream().anyMatch( l -> l.matches( "Far away +2 +1 .*" ) ), run.out );
		assertTrue( DemoSubcommandTest.read( out.resolve( "summary.csv" ) ).contains( "\nclose,2,1," ) );
		assertEquals( before, CliRun.checksums( data ), "inputs are never modified" );
	}

	@Test
	void whereNothingCouldBeScoredNothingIsWritten( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 2 );
		for ( int i = 0; i < 2; i++ )
			Files.write( data.resolve( "far/img" + i + ".tif" ), new byte[] { 1 } );
		final Path out = dir.resolve( "out" );
		final CliRun run = CliRun.of( "evaluate", "--reference", data.resolve( "ref" ).toString(), "--restored", data.resolve( "far" )
				.toString(), "--out", out.toString(), "--y", "niqe", "--skip-unreadable" );
		assertEquals( Main.INPUT_FAILED, run.exit );
		assertEquals( 3, run.errLines().size(), run.err );
		assertEquals( "error: No image could be scored (see above), so nothing was written.", run.errLines().get( 2 ) );
		assertEquals( "", run.out );
		assertFalse( Files.exists( out ) );
	}

	/**
	 * A journaled run with set-level metrics (their NIQE block features journaled too), resumed from a journal
	 * that a kill cut short, writes the files of a run without journal byte for byte; --resume of a journal not
	 * yet written starts the run and says so.
	 */
	@Test
	void aResumedJournalGivesTheFilesOfARunWithout( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 3 );
		final Path plain = dir.resolve( "plain" ), resumed = dir.resolve( "resumed" ), journal = dir.resolve( "run.journal" );
		assertEquals( Main.OK, CliRun.of( args( data, plain, "--metrics", "nss-fd,niqe-ref" ) ).exit );
		final CliRun first = CliRun.of( args( data, dir.resolve( "first" ), "--metrics", "nss-fd,niqe-ref", "--journal", journal.toString(),
				"--resume" ) );
		assertEquals( Main.OK, first.exit, first::toString );
		assertEquals( "note: the journal '" + journal + "' does not exist yet: the run starts from the beginning.\n", first.err );
		final List< String > lines = Files.readAllLines( journal, StandardCharsets.UTF_8 );
		assertEquals( 3 + 3, lines.size() );
		Files.write( journal, ( String.join( "\n", lines.subList( 0, 4 ) ) + "\n" + lines.get( 4 ).substring( 0, 20 ) ).getBytes(
				StandardCharsets.UTF_8 ) );
		final CliRun again = CliRun.of( args( data, resumed, "--metrics", "nss-fd,niqe-ref", "--journal", journal.toString(), "--resume" ) );
		assertEquals( Main.OK, again.exit, again::toString );
		assertEquals( "note: resuming from the journal '" + journal + "': 1 of 3 reference images were scored already.\n", again.err );
		for ( final String file : PlaneOutput.EVALUATION_FILES )
			assertArrayEquals( Files.readAllBytes( plain.resolve( file ) ), Files.readAllBytes( resumed.resolve( file ) ), file );
	}

	@Test
	void inputsThatCannotWorkAreRefusedBeforeAnyScoring( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 1 );
		final Path out = dir.resolve( "out" );
		final String ref = data.resolve( "ref" ).toString();
		CliRun.of( "evaluate", "--reference", ref, "--restored", dir.resolve( "nowhere" ).toString(), "--out", out.toString() ).assertOneError(
				Main.INPUT_FAILED, "'" + dir.resolve( "nowhere" ) + "' does not exist: give a folder of images or an image file (a stack)." );
		final String far = data.resolve( "far" ).toString();
		for ( final String input : new String[] { ref, far } )
			CliRun.of( "evaluate", "--reference", ref, "--restored", far, "--out", input ).assertOneError( Main.USAGE, "The output folder '"
					+ input + "' is one of the inputs", "Choose another output folder." );
		assertFalse( Files.exists( data.resolve( "far" ).resolve( "plane.png" ) ), "nothing written into an input" );
		Files.createDirectories( dir.resolve( "empty" ) );
		CliRun.of( "evaluate", "--reference", ref, "--restored", dir.resolve( "empty" ).toString(), "--out", out.toString() ).assertOneError(
				Main.INPUT_FAILED, "The folder '" + dir.resolve( "empty" ) + "' has no image files" );
		CliRun.of( "evaluate", "--reference", ref, "--restored", "a=" + data.resolve( "close" ), "--restored", "a=" + data.resolve( "far" ),
				"--out", out.toString() ).assertOneError( Main.INPUT_FAILED, "Two algorithms are named 'a'", "give each algorithm its own name" );
		CliRun.of( "evaluate", "--reference", ref, "--restored", "=" + data.resolve( "far" ), "--out", out.toString() ).assertOneError(
				Main.USAGE, "has an empty name before '='" );
		CliRun.of( "evaluate", "--reference", ref, "--out", out.toString() ).assertOneError( Main.USAGE, "evaluate needs at least one --restored" );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString() ).assertOneError( Main.USAGE,
				"evaluate needs --out DIR" );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--y", "nss-fd" )
				.assertOneError( Main.USAGE, "NSS-FD ('nss-fd') is a set-level metric" );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--protocol",
				"pirm", "--shave", "2" ).assertOneError( Main.USAGE, "--protocol sets the convention and the shave; give either it or --shave." );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--protocol",
				"ntire" ).assertOneError( Main.USAGE, "Unknown protocol 'ntire': the protocols are pirm (PIRM 2018: convention y, shave 4)." );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--bootstrap",
				"1" ).assertOneError( Main.USAGE, "--bootstrap must be 0 (no intervals) or at least 2 resamples" );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--threads", "0" )
				.assertOneError( Main.USAGE, "--threads must be 1 or more" );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--resume" )
				.assertOneError( Main.USAGE, "--resume continues the run of a journal: give it with --journal FILE." );
		final Path journal = Files.write( dir.resolve( "run.journal" ), "an earlier run\n".getBytes( StandardCharsets.UTF_8 ) );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--journal", journal
				.toString() ).assertOneError( Main.INPUT_FAILED, "The journal '" + journal + "' exists, from an earlier run: ask to resume that run"
						+ " (--resume; the box Resume in ImageJ), or remove the file or give another to start afresh." );
		CliRun.of( "evaluate", "--reference", ref, "--restored", data.resolve( "far" ).toString(), "--out", out.toString(), "--journal", journal
				.toString(), "--resume" ).assertOneError( Main.INPUT_FAILED, "'" + journal + "' is not a PD Plane journal" );
		assertEquals( "an earlier run\n", new String( Files.readAllBytes( journal ), StandardCharsets.UTF_8 ), "the file was not touched" );
		assertFalse( Files.exists( out ), "nothing was written" );
	}

	/** The ImageJ reader, counting the files it opens and running a hook first. */
	private static final class CountingReader implements ImageFileReader
	{
		final AtomicInteger opened = new AtomicInteger();

		volatile Consumer< Integer > beforeOpen = n -> {};

		@Override
		public List< Path > imagesIn( final Path folder, final Consumer< Path > skipped )
		{
			return ImageJFileReader.INSTANCE.imagesIn( folder, skipped );
		}

		@Override
		public String whyUnreadable( final Path file )
		{
			return ImageJFileReader.INSTANCE.whyUnreadable( file );
		}

		@Override
		public ImageSource open( final Path file )
		{
			beforeOpen.accept( opened.incrementAndGet() );
			return ImageJFileReader.INSTANCE.open( file );
		}
	}

	@Test
	void existingOutputsAndUnwritableFoldersAreRefusedBeforeAnyImageIsRead( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 2 );
		final CountingReader reader = new CountingReader();
		final List< Subcommand > commands = Collections.singletonList( new EvaluateSubcommand( reader, cancel -> () -> {} ) );
		final Path out = Files.createDirectories( dir.resolve( "out" ) );
		Files.write( out.resolve( "plane.svg" ), Arrays.asList( "precious" ) );
		CliRun.with( commands, args( data, out ) ).assertOneError( Main.USAGE, "'" + out.resolve( "plane.svg" ) + "' already exists; pass"
				+ " --overwrite to replace it." );
		final Path file = Files.write( dir.resolve( "file.txt" ), Arrays.asList( "x" ) );
		CliRun.with( commands, args( data, file ) ).assertOneError( Main.INPUT_FAILED, "Cannot write into '" + file
				+ "': it is a file, not a folder." );
		CliRun.with( commands, args( data, file.resolve( "sub" ) ) ).assertOneError( Main.INPUT_FAILED, "Cannot create the folder '"
				+ file.resolve( "sub" ) + "': '" + file + "' is a file, not a folder." );
		assertEquals( 0, reader.opened.get(), "refused before any image was read" );
		assertEquals( Arrays.asList( "precious" ), Files.readAllLines( out.resolve( "plane.svg" ) ) );

		final CliRun replaced = CliRun.with( commands, args( data, out, "--overwrite" ) );
		assertEquals( Main.OK, replaced.exit, replaced::toString );
		assertTrue( DemoSubcommandTest.read( out.resolve( "plane.svg" ) ).contains( "<svg" ) );
		assertEquals( Arrays.asList( "per-image.csv", "plane.png", "plane.svg", "summary.csv" ), ImageFilesOnDisk.names( out ) );
	}

	@Test
	void ctrlCStopsCleanlyAndWritesNothing( @TempDir final Path dir ) throws IOException
	{
		final Path data = data( dir.resolve( "data" ), 8 );
		for ( final String threads : new String[] { "1", "2" } )
		{
			final CountingReader reader = new CountingReader();
			final Runnable[] ctrlC = new Runnable[ 1 ];
			final boolean[] released = new boolean[ 1 ];
			final CancelSignal signal = cancel -> {
				ctrlC[ 0 ] = cancel;
				return () -> released[ 0 ] = true;
			};
			reader.beforeOpen = n -> {
				if ( n == 5 )
					ctrlC[ 0 ].run();
			};
			final Path out = dir.resolve( "out" + threads );
			final CliRun run = CliRun.with( Collections.singletonList( new EvaluateSubcommand( reader, signal ) ), args( data, out, "--threads",
					threads ) );
			assertEquals( Main.CANCELED, run.exit, run::toString );
			assertEquals( Collections.singletonList( "error: Canceled: no result file was written." ), run.errLines() );
			assertEquals( "", run.out );
			assertEquals( Collections.emptyList(), ImageFilesOnDisk.names( out ), "no file, complete or partial" );
			assertTrue( reader.opened.get() < 8 * 3, "stopped early: " + reader.opened.get() + " files opened" );
			assertTrue( released[ 0 ], "the Ctrl-C handler is released when the run ends" );
		}
	}
}
