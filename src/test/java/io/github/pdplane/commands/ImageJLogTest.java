package io.github.pdplane.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Notes in ImageJ's Log, which does not wrap: wrapped at spaces, never inside a quoted file or name. */
class ImageJLogTest
{
	@Test
	void aNoteWithItsOwnLineBreaksKeepsThem()
	{
		assertEquals( Arrays.asList( "T: first", ImageJLog.CONTINUATION + "second" ), Arrays.asList( ImageJLog.lines( "T: first\nsecond" ) ) );
	}

	@Test
	void aQuotedFileStaysOnOneLineWithItsSpaces()
	{
		final String file = "'/home/a person/My Models/trained on my own images.mat'";
		final List< String > lines = Arrays.asList( ImageJLog.lines( "Train NIQE Model: wrote " + file + ": 5 image(s), 100 blocks of 96x96 "
				+ "pixels, 12 of them sharp enough" ) );
		assertTrue( lines.contains( ImageJLog.CONTINUATION + file + ":" ), lines.toString() );
		assertEquals( "Train NIQE Model: wrote", lines.get( 0 ) );
		for ( final String line : lines )
			if ( !line.contains( file ) )
				assertTrue( line.length() <= ImageJLog.WIDTH + ImageJLog.CONTINUATION.length(), line );
	}

	@Test
	void anApostropheIsNoQuote()
	{
		final List< String > lines = Arrays.asList( ImageJLog.lines( "Evaluate Algorithms: the algorithm's images are fewer than the "
				+ "references, so 'bicubic' is scored on 3 of them and the others are listed" ) );
		assertTrue( lines.size() > 1, lines.toString() );
		for ( final String line : lines )
			assertTrue( line.length() <= ImageJLog.WIDTH + ImageJLog.CONTINUATION.length(), line );
	}
}
