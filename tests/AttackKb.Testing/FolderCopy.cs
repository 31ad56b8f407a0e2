namespace AttackKb.Testing;

/// <summary>Copies a folder tree (a knowledge base a test may change without touching the repository's).</summary>
public static class FolderCopy
{
    public static string Tree(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }
}
