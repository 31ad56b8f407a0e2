namespace AttackKb.Cli.Tests.Shipping;

/// <summary>
/// The shipped forms of the tool, built once per test run into a temporary folder with the README's commands: the
/// Native AOT binary (<c>dotnet publish src/AttackKb.Cli -c Release -r linux-x64 -o DIR</c>) and the .NET tool package
/// (<c>dotnet pack</c>). Both use a fresh artifacts folder, so nothing is up to date and every warning is reported
/// again; the pack runs after the publish and reuses its compiled libraries.
/// </summary>
internal static class ReleaseBuilds
{
    public sealed record Build(string Folder, string Log);

    private static readonly string Work = RepoPaths.TempFolder("release-builds");
    private static string Artifacts => Path.Combine(Work, "artifacts");
    private static string Project => Path.Combine(RepoPaths.Root, "src", "AttackKb.Cli");

    private static readonly Lazy<Build> NativeBuild = new(() =>
        Dotnet("native", "publish", Project, "-c", "Release", "-r", "linux-x64"));

    private static readonly Lazy<Build> ToolBuild = new(() =>
    {
        _ = NativeBuild.Value;
        return Dotnet("package", "pack", Project);
    });

    /// <summary>The publish folder (the <c>attackkb</c> binary) and the publish's console output.</summary>
    public static Build Native => NativeBuild.Value;

    /// <summary>The folder holding the <c>attackkb</c> .nupkg and the pack's console output.</summary>
    public static Build ToolPackage => ToolBuild.Value;

    /// <summary>A folder of its own for a test's files next to the builds.</summary>
    public static string Scratch(string name) => Directory.CreateDirectory(Path.Combine(Work, name)).FullName;

    private static Build Dotnet(string output, params string[] command)
    {
        string folder = Path.Combine(Work, output);
        // No build servers: a compiler or MSBuild node left running would outlive the test run (and keep its pipes).
        var run = ReferenceValidators.Run("dotnet",
            [.. command, "-o", folder, "--artifacts-path", Artifacts, "--disable-build-servers", "-nologo"],
            RepoPaths.Root);
        string log = run.Stdout + run.Stderr;
        Assert.True(run.ExitCode == 0, $"dotnet {string.Join(' ', command)} failed ({run.ExitCode}):\n{log}");
        return new Build(folder, log);
    }
}
