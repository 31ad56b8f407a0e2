using AttackKb.Core.IO;

namespace AttackKb.Cli.Common;

/// <summary>Writes an output file (report, bundle, layer, catalog) atomically, creating its folder first.</summary>
public static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        AtomicFileWriter.Write(full, bytes);
    }
}
