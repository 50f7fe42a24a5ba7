package io.github.pdplane.it;

import net.imagej.patcher.LegacyInjector;

/**
 * ImageJ 1.x as Fiji runs it without a display ({@code ImageJ-linux64 --headless -batch macro.ijm}), in a
 * plain JVM: ij1-patcher patches ImageJ's classes as they load (its {@code GenericDialog} becomes the
 * headless dialog that reads only a macro's options, no window or menu bar is made), then ImageJ's own
 * {@code main} runs the arguments ({@code -batch MACRO [ARGUMENT]}). Needs {@code -Djava.awt.headless=true},
 * and {@code -Dplugins.dir=FOLDER} whose {@code plugins/} holds the jars whose {@code plugins.config}
 * make the menu commands; as Fiji's launcher does, the jars are also on the class path.
 */
public final class HeadlessImageJ
{
	private HeadlessImageJ()
	{}

	public static void main( final String[] args )
	{
		// Before any ImageJ class is loaded: the patches apply to classes as they are loaded.
		LegacyInjector.preinit();
		ij.ImageJ.main( args );
	}
}
