namespace AttackKb.Core.IO;

/// <summary>
/// The one way AttackKb replaces a file (reports, bundles, catalogs, imported notes, fixed notes): the bytes go to a
/// temporary file with a unique name in the target's own folder (same file system, so the rename is atomic; unique,
/// so two runs never share it), are flushed to disk, then renamed over the target. A reader sees the old file or the
/// new one, never half of either; on any failure the temporary file is removed and the target is untouched.
/// A symbolic link is kept: its final target is written, never the link replaced by a plain file.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> (or to its link target); throws IOException or
    /// UnauthorizedAccessException.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        string target = FinalTarget(path);
        string folder = Path.GetDirectoryName(target) ?? throw new IOException($"'{path}' names no folder");
        string temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            KeepPermissions(target, temp);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// The file a write to <paramref name="path"/> must change: the path itself, or the end of its chain of symbolic
    /// links.
    /// </summary>
    public static string FinalTarget(string path)
    {
        var info = new FileInfo(Path.GetFullPath(path));
        if (info.LinkTarget is null) return info.FullName;
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? throw new IOException($"the symbolic link '{path}' cannot be followed");
    }

    /// <summary>A replaced file keeps its permission bits (a note that was read-only for others stays so).</summary>
    private static void KeepPermissions(string target, string temp)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target)) return;
        File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
    }
}
