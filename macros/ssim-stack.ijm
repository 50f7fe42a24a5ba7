// PD Plane example: score a stack of restored images against a stack of references with SSIM.
//
// Argument: "REFERENCES;RESTORED", each either a folder of images of one size (made into a stack in
// file-name order) or a stack file (TIFF); for example
//   java -jar ij.jar -batch /path/to/macros/ssim-stack.ijm "/data/ref;/data/bicubic"
// A single reference image also works: it is compared with every slice.
// Without an argument: the project's test-images/reference/ and test-images/bicubic/ folders.
//
// Prints "SSIM slice <n> <value>" for each slice and "SSIM mean <value>" (9 decimals); the PD Results
// table holds the same rows.

paths = pairFromArgument(getArgument());
for (i = 0; i < 2; i++)
	if (!File.exists(paths[i]))
		fail("'" + paths[i] + "' does not exist.");
setBatchMode(true);
reference = openAsStack(paths[0], "references");
restored = openAsStack(paths[1], "restored");
run("SSIM...", "reference=[" + reference + "] restored=[" + restored + "] convention=gray shave=0 data_range=0");
// The run's rows are the last ones: one per slice of the restored stack, then their mean.
selectImage(restored);
rows = nSlices;
if (nSlices > 1)
	rows++;
table = pdTable("PD Results");
for (row = Table.size(table) - rows; row < Table.size(table); row++) {
	slice = Table.getString("Slice", row, table);
	if (slice != "mean")
		slice = "slice " + slice;
	print("SSIM " + slice + " " + d2s(Table.get("SSIM", row, table), 9));
}

// Opens a stack file, or the images of a folder as one stack titled `title`; returns the title.
function openAsStack(path, title) {
	if (!File.isDirectory(path)) {
		open(path);
		return getTitle();
	}
	names = getFileList(path);
	Array.sort(names);
	count = 0;
	for (i = 0; i < names.length; i++) {
		if (File.isDirectory(path + File.separator + names[i]))
			continue;
		open(path + File.separator + names[i]);
		image = getImageID();
		if (count == 0) {
			width = getWidth();
			height = getHeight();
			depth = bitDepth();
			run("Duplicate...", "title=[" + title + "]");
			stack = getImageID();
		} else {
			if (getWidth() != width || getHeight() != height || bitDepth() != depth)
				fail("'" + names[i] + "' is a " + getWidth() + "x" + getHeight() + " " + bitDepth() + "-bit image but the first image of "
					+ path + " is " + width + "x" + height + " " + depth + "-bit: a stack needs images of one size and type.");
			run("Select All");
			run("Copy");
			selectImage(stack);
			run("Add Slice");
			run("Paste");
		}
		selectImage(image);
		close();
		count++;
	}
	if (count == 0)
		fail("No images in " + path + ".");
	selectImage(stack);
	run("Select None");
	return title;
}

function pairFromArgument(argument) {
	if (argument != "") {
		parts = split(argument, ";");
		if (parts.length != 2)
			fail("Give the argument as \"REFERENCES;RESTORED\", not \"" + argument + "\".");
		return parts;
	}
	project = projectFolder();
	folder = project + File.separator + "test-images" + File.separator;
	return newArray(folder + "reference", folder + "bicubic");
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
