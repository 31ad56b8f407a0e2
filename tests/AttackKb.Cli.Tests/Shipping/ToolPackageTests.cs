namespace AttackKb.Cli.Tests.Shipping;

/// <summary>The .NET tool form: the package `dotnet pack` makes installs from a local folder and runs.</summary>
[Trait("Category", "Slow")]
public class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_from_a_local_folder_and_lints_the_default_kb()
    {
        string packages = ReleaseBuilds.ToolPackage.Folder;
        Assert.Single(Directory.GetFiles(packages, "attackkb.*.nupkg"));
        string tools = ReleaseBuilds.Scratch("tools");
        var install = ReferenceValidators.Run("dotnet",
            ["tool", "install", "--tool-path", tools, "--add-source", packages, "attackkb"], tools);
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);

        var lint = ReferenceValidators.Run(Path.Combine(tools, "attackkb"), ["lint", "data"], RepoPaths.Root);
        Assert.True(lint.ExitCode == 0, lint.Stdout + lint.Stderr);
        Assert.Contains("attackkb: 0 errors", lint.Stderr);
    }
}
