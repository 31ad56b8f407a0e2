using AttackKb.Core.IO;

namespace AttackKb.Cli.Common;

/// <summary>Writes an output file (report, bundle, layer, catalog) atomically, creating its folder first.</summary>
public static class AtomicFile
{
    /// <summary>For the commands whose job is to write into a knowledge base (the catalog, import's config).</summary>
    public static void Write(string path, byte[] bytes)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        AtomicFileWriter.Write(full, bytes);
    }

    /// <summary>
    /// A product of reading the KB (report, bundle, layer, diff): refused inside any of <paramref name="kbRoots"/>,
    /// where it could replace a note — or be read back as one on the next run.
    /// </summary>
    public static void WriteOutput(string path, byte[] bytes, params string[] kbRoots)
    {
        string full = Path.GetFullPath(path);
        foreach (string kb in kbRoots)
            if (AttackKb.Core.Text.KbPath.IsInside(full, kb))
                throw new UsageException($"the output file '{path}' must be outside the knowledge base '{kb}'");
        Write(full, bytes);
    }
}
