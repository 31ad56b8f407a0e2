using AttackKb.Core.Text;

namespace AttackKb.Cli.Common;

/// <summary>
/// Writes a whole output folder atomically: everything goes to a temporary sibling folder, which replaces the target
/// only when the build succeeded, so a failed build never leaves half an output. Refuses targets that would put user
/// files at risk (the KB itself, a folder containing it, the file-system root).
/// </summary>
public sealed class OutputFolder
{
    private OutputFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    public string Target { get; }
    /// <summary>Where to write during the build; becomes <see cref="Target"/> on <see cref="Commit"/>.</summary>
    public string Staging { get; }

    public static OutputFolder Begin(string target, string kbRoot)
    {
        string full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        if (full.Length <= 1 || Path.GetPathRoot(full) == full + Path.DirectorySeparatorChar)
            throw new UsageException($"refusing to write the output to '{target}'");
        if (KbPath.OverlapsKnowledgeBase(full, kbRoot))
            throw new UsageException($"the output folder '{target}' must be outside the knowledge base '{kbRoot}'");
        if (File.Exists(full))
            throw new UsageException($"the output '{target}' is a file: give a folder (it is replaced as a whole)");
        string parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, "." + Path.GetFileName(full) + ".attackkb-" + Environment.ProcessId);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new OutputFolder(full, staging);
    }

    /// <summary>A path inside the staging folder; relative parts may not climb out of it.</summary>
    public string PathOf(string relative)
    {
        string full = Path.GetFullPath(Path.Combine(Staging, relative));
        if (!full.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path escapes the output folder: {relative}");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    public void Commit()
    {
        string old = Staging + ".old";
        if (Directory.Exists(Target)) Directory.Move(Target, old);
        Directory.Move(Staging, Target);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    public void Abandon()
    {
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}
