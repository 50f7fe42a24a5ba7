// PD Plane example: score one restored image against its reference with SSIM and PSNR.
//
// Argument: "REFERENCE;RESTORED" (two image files), for example
//   java -jar ij.jar -batch /path/to/macros/ssim-pair.ijm "/data/ref/kodim01.png;/data/out/kodim01.png"
// Without an argument: the first image of the project's test-images/reference/ folder and the
// test-images/bicubic/ image of the same name.
//
// Prints "SSIM <value>" and "PSNR <value>" (9 decimals); every score is also a row of the
// "PD Results" table. A bad pair (sizes that differ, RGB against grey, ...) prints the reason to the
// Log and stops the macro.

paths = pairFromArgument(getArgument());
for (i = 0; i < 2; i++)
	if (!File.exists(paths[i]))
		fail("'" + paths[i] + "' does not exist.");
setBatchMode(true);
open(paths[0]);
reference = getTitle();
open(paths[1]);
restored = getTitle();
if (restored == reference) {
	// Both files have the same name: give the restored one a title of its own.
	restored = "restored " + restored;
	rename(restored);
}
options = "reference=[" + reference + "] restored=[" + restored + "] convention=gray shave=0 data_range=0";
run("SSIM...", options);
print("SSIM " + d2s(lastScore("SSIM"), 9));
run("PSNR...", options);
print("PSNR " + d2s(lastScore("PSNR"), 9));

// The value of the last row of the PD Results table in the column of a metric.
function lastScore(metric) {
	table = pdTable("PD Results");
	return Table.get(metric, Table.size(table) - 1, table);
}

function pairFromArgument(argument) {
	if (argument != "") {
		parts = split(argument, ";");
		if (parts.length != 2)
			fail("Give the argument as \"REFERENCE;RESTORED\", not \"" + argument + "\".");
		return parts;
	}
	project = projectFolder();
	folder = project + File.separator + "test-images" + File.separator;
	names = getFileList(folder + "reference");
	if (names.length == 0)
		fail("No argument and no images in " + folder + "reference: give \"REFERENCE;RESTORED\".");
	return newArray(folder + "reference" + File.separator + names[0], folder + "bicubic" + File.separator + names[0]);
}

// The title under which a macro reads a PD Plane table: its window's; without a display (Fiji's --headless), where
// ImageJ's macro functions find no table by its title, "Results", into which the table is copied first.
function pdTable(title) {
	if (isOpen(title))
		return title;
	rows = call("io.github.pdplane.ij.MacroTables.toResults", title);
	return "Results";
}

// Prints the reason and stops (exit("...") would open a dialog, which waits forever without a person).
function fail(message) {
	print("Error: " + message);
	exit;
}

// The project folder, the parent of this macro's folder. ImageJ reports the macro's path as given on its command
// line, so a relative one (-batch macros/x.ijm, as the README runs it) is completed with the working folder.
function projectFolder() {
	path = getInfo("macro.filepath");
	if (!startsWith(path, "/") && !startsWith(path, "\\") && indexOf(path, ":") != 1)
		path = call("java.lang.System.getProperty", "user.dir") + File.separator + path;
	return File.getParent(File.getParent(path));
}
