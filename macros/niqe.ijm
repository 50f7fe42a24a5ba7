// PD Plane example: NIQE of a restored image with the bundled LIVE model; then a NIQE model trained on a
// folder of pristine images of your own, and NIQE of the same image with that model.
//
// Argument: "IMAGE;PRISTINE_FOLDER;MODEL" (an image file, a folder of images, the model file to write),
// for example
//   java -jar ij.jar -batch /path/to/macros/niqe.ijm "/data/out/kodim01.png;/data/pristine;/data/my-niqe.mat"
// MODEL is replaced if it exists (the key "overwrite" below says so; without it the command refuses).
// Without an argument: the first image of the project's test-images/bicubic/ folder, the pristine
// images of test-images/reference/, and my-niqe-model.mat in ImageJ's temporary folder.
//
// Prints "NIQE <value>" (LIVE model) and "NIQE-own <value>" (the trained model), 9 decimals; both are
// also rows of the "PD Results" table. Training prints what the model rests on to the Log.

// The release's 0.75 keeps only each image's sharpest blocks; five small images give too few of them for
// a model (it needs 37), so this example keeps every block at least half as sharp as its image's sharpest.
threshold = 0.5;

parts = argumentsOrDefaults(getArgument());
image = parts[0];
folder = parts[1];
model = parts[2];
if (!File.exists(image))
	fail("'" + image + "' does not exist.");
if (!File.isDirectory(folder))
	fail("'" + folder + "' is not a folder.");
setBatchMode(true);
open(image);
title = getTitle();

run("NIQE...", "restored=[" + title + "] convention=gray shave=0 data_range=0");
print("NIQE " + d2s(lastNiqe(), 9));

run("Train NIQE Model...", "folder=[" + folder + "] model=[" + model + "] convention=gray block_size=96 sharpness_threshold="
	+ threshold + " overwrite");
run("NIQE...", "restored=[" + title + "] niqe_model=[" + model + "]");
print("NIQE-own " + d2s(lastNiqe(), 9));

function lastNiqe() {
	table = pdTable("PD Results");
	return Table.get("NIQE", Table.size(table) - 1, table);
}

function argumentsOrDefaults(argument) {
	if (argument != "") {
		parts = split(argument, ";");
		if (parts.length != 3)
			fail("Give the argument as \"IMAGE;PRISTINE_FOLDER;MODEL\", not \"" + argument + "\".");
		return parts;
	}
	project = projectFolder();
	images = project + File.separator + "test-images" + File.separator;
	names = getFileList(images + "bicubic");
	if (names.length == 0)
		fail("No argument and no images in " + images + "bicubic: give \"IMAGE;PRISTINE_FOLDER;MODEL\".");
	return newArray(images + "bicubic" + File.separator + names[0], images + "reference",
		getDirectory("temp") + "my-niqe-model.mat");
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
