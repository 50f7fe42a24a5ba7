package io.github.pdplane.it;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link MacroTests} without a display, in ImageJ 1.x patched by ij1-patcher as Fiji's
 * {@code ImageJ-linux64 --headless -batch} runs it on a cluster node: the dialogs read the macros' options
 * with the headless dialog, the tables are read from ImageJ's "Results" table, and the planes are files.
 * Needs only Maven's dependencies, so it always runs.
 */
class HeadlessMacroIT extends MacroTests
{
	@Override
	MacroRunner install( final Path folder ) throws IOException
	{
		return HeadlessRunner.install( folder );
	}
}
