// PD Plane example: VGG2,2 (the distance of VGG19's conv2_2 features) of one restored image against its reference.
//
// Argument: "REFERENCE;RESTORED" (two image files), for example
//   java -jar ij.jar -batch /path/to/macros/vgg22.ijm "/data/ref/kodim01.png;/data/out/kodim01.png"
// Without an argument: the first image of the project's test-images/reference/ folder and the
// test-images/bicubic/ image of the same name.
//
// VGG2,2 needs VGG19's trained weights, installed once from a file you downloaded (torchvision's
// vgg19-dcbb9e9d.pth or MatConvNet's imagenet-vgg-verydeep-19.mat):
//   run("Install VGG Weights...", "model=[/path/to/vgg19-dcbb9e9d.pth]");
//   run("Install VGG Weights...", "download");        // or fetch torchvision's file (548 MB), only when asked
// Without them, the command prints how to install them to the Log and stops the macro.
//
// Prints "VGG2,2 <value> (<weights>; convention rgb)" with 9 decimals: colour images are compared in RGB, grey
// ones repeated to three channels; the "PD Results" row names the weights in its Options.

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
run("VGG2,2...", "reference=[" + reference + "] restored=[" + restored + "]");
table = pdTable("PD Results");
row = Table.size(table) - 1;
print("VGG2,2 " + d2s(Table.get("VGG2,2", row, table), 9) + " (" + Table.getString("Options", row, table)
	+ "; convention " + Table.getString("Convention", row, table) + ")");

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
