namespace AttackKb.Testing;

/// <summary>Paths inside this repository, found from the test assembly's folder (works from any working directory).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");
    public static string Site => Path.Combine(Root, "site");

    /// <summary>The <c>cases</c> folder of a test project: <c>tests/&lt;project&gt;/cases/&lt;parts&gt;</c>.</summary>
    public static string Cases(string project, params string[] parts) => Path.Combine([Root, "tests", project, "cases", .. parts]);

    /// <summary>A fresh empty folder under the system temp folder, for outputs.</summary>
    public static string TempFolder(string prefix)
    {
        string dir = Path.Combine(Path.GetTempPath(), "attackkb-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Copies every file under <paramref name="from"/> to the same relative path under <paramref name="to"/>
    /// (a knowledge base a test may change without touching the repository's); returns <paramref name="to"/>.</summary>
    public static string CopyFolder(string from, string to) =>
        CopyFiles(from, Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories), to);

    /// <summary>Copies <paramref name="files"/> (under <paramref name="from"/>) to the same relative paths under
    /// <paramref name="to"/>, creating them in the order given; returns <paramref name="to"/>.</summary>
    public static string CopyFiles(string from, IEnumerable<string> files, string to)
    {
        foreach (string file in files)
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    private static string FindRoot()
    {
        string? built = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "AttackKb.sln"))) return Path.GetFullPath(built);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AttackKb.sln"))) return dir.FullName;
        throw new InvalidOperationException("AttackKb.sln not found above " + AppContext.BaseDirectory);
    }
}
