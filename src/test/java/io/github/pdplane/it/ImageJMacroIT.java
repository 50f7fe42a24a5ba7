package io.github.pdplane.it;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link MacroTests} in Debian's ImageJ 1.x (1.53t) with a display (Xvfb), as a person runs it: the tables
 * are windows, read by their titles. Skipped where ImageJ or Xvfb is missing, unless PDPLANE_REQUIRE_IMAGEJ=1
 * (CI) makes that a failure.
 */
class ImageJMacroIT extends MacroTests
{
	@Override
	MacroRunner install( final Path folder ) throws IOException
	{
		return ImageJRunner.install( folder );
	}
}
