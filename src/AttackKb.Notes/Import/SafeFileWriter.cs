using System.Text;
using AttackKb.Core.IO;

namespace AttackKb.Notes.Import;

/// <summary>
/// Writes files under one root only: the relative path (built from a validated ID) is resolved and must stay under
/// the root, no folder on the way may be a symbolic link, and the content is written by the one atomic writer
/// (<see cref="AtomicFileWriter"/>), so a reader never sees half a note.
/// </summary>
public sealed class SafeFileWriter
{
    private readonly string _root;
    private readonly string _rootPrefix;

    public SafeFileWriter(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        _rootPrefix = _root + Path.DirectorySeparatorChar;
    }

    public string Root => _root;

    /// <summary>
    /// The full path of <paramref name="relative"/> ('/' separated), or null when it would leave the root.
    /// </summary>
    public string? Resolve(string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative)
            || relative.Contains('\\', StringComparison.Ordinal)) return null;
        string full = Path.GetFullPath(Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(_rootPrefix, StringComparison.Ordinal) ? full : null;
    }

    public string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    /// <summary>The file's bytes when it exists (and is a regular file under the root), else null.</summary>
    public static byte[]? ReadExisting(string fullPath) => File.Exists(fullPath) ? File.ReadAllBytes(fullPath) : null;

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 (no BOM) to <paramref name="fullPath"/>; throws IOException with a
    /// reason when unsafe.
    /// </summary>
    public void Write(string fullPath, string text)
    {
        if (!fullPath.StartsWith(_rootPrefix, StringComparison.Ordinal)) throw new IOException(
            "path is outside the target folder");
        string folder = Path.GetDirectoryName(fullPath)!;
        EnsureFolder(folder);
        if (new FileInfo(fullPath).LinkTarget is not null) throw new IOException("the note is a symbolic link");
        AtomicFileWriter.Write(fullPath, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Creates the folders below the root one by one, refusing any that is a symbolic link.</summary>
    private void EnsureFolder(string folder)
    {
        string relative = Path.GetRelativePath(_root, folder);
        string current = _root;
        if (relative == ".") return;
        foreach (string part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (info.Exists
                && info.LinkTarget is not null) throw new IOException($"'{Relative(current)}' is a symbolic link");
            if (!info.Exists) Directory.CreateDirectory(current);
        }
    }
}
