// PD Plane example: Ma et al.'s score and the Perceptual Index (PIRM 2018) of one restored image.
//
// Argument: "IMAGE" (an image file), for example
//   java -jar ij.jar -batch /path/to/macros/ma-pi.ijm /data/out/kodim01.png
// Without an argument: the first image of the project's test-images/bicubic/ folder.
//
// Both metrics need the authors' trained model (model.mat of github.com/chaoma99/sr-metric), installed once:
//   run("Install Ma et al. Model...", "model=[/path/to/model.mat]");   // a file you downloaded
//   run("Install Ma et al. Model...", "download");                     // or fetch it from the authors' repository
// Without it, the first command prints how to install it to the Log and stops the macro.
//
// Each command uses its metric's default protocol: Ma et al. the grey image (rgb2gray) as it is, the Perceptual
// Index PIRM's (the 8-bit Y of rgb2ycbcr, 4 pixels shaved). Prints
//   Ma <value> (convention gray, shave 0)
//   PI <value> (Ma <value>, NIQE <value>; convention y, shave 4)
// with 9 decimals: a PI row of the "PD Results" table also holds the Ma and NIQE terms of its index.

image = imageFromArgument(getArgument());
if (!File.exists(image))
	fail("'" + image + "' does not exist.");
setBatchMode(true);
open(image);
title = getTitle();

run("Ma et al. Score...", "restored=[" + title + "]");
table = pdTable("PD Results");
row = Table.size(table) - 1;
print("Ma " + value("Ma", row) + " (" + protocol(row) + ")");

run("Perceptual Index...", "restored=[" + title + "]");
table = pdTable("PD Results");
row = Table.size(table) - 1;
print("PI " + value("PI", row) + " (Ma " + value("Ma", row) + ", NIQE " + value("NIQE", row) + "; " + protocol(row) + ")");

function value(metric, row) {
	table = pdTable("PD Results");
	return d2s(Table.get(metric, row, table), 9);
}

// The convention and shave a row was scored with.
function protocol(row) {
	table = pdTable("PD Results");
	return "convention " + Table.getString("Convention", row, table) + ", shave " + Table.get("Shave", row, table);
}

function imageFromArgument(argument) {
	if (argument != "")
		return argument;
	folder = "" + projectFolder() + File.separator + "test-images" + File.separator + "bicubic";
	names = getFileList(folder);
	if (names.length == 0)
		fail("No argument and no images in " + folder + ": give an image file.");
	return folder + File.separator + names[0];
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
