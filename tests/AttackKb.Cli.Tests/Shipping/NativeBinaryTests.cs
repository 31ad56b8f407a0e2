using System.Text.RegularExpressions;
using AttackKb.Cli.Tests.Ci;
using AttackKb.Cli.Tests.Outputs;

namespace AttackKb.Cli.Tests.Shipping;

/// <summary>
/// The Native AOT binary is the shipped tool: its publish must be clean (a trim or AOT warning is a place where the
/// binary may behave differently from the JIT build) and its outputs must be the JIT build's, byte for byte.
/// </summary>
[Trait("Category", "Slow")]
public partial class NativeBinaryTests
{
    private static string Binary => Path.Combine(ReleaseBuilds.Native.Folder, "attackkb");

    [Fact]
    public void Publish_makes_one_native_binary_without_a_single_warning()
    {
        string log = ReleaseBuilds.Native.Log;
        Assert.Contains("Generating native code", log);
        string[] warnings = [.. WarningLines().Matches(log).Select(m => m.Value.Trim()).Where(l => l != "0 Warning(s)")];
        Assert.True(warnings.Length == 0, "the publish warned:\n" + string.Join('\n', warnings));
        Assert.Equal(["attackkb"], Directory.GetFiles(ReleaseBuilds.Native.Folder).Select(Path.GetFileName));
        byte[] head = File.ReadAllBytes(Binary)[..4];
        Assert.Equal("\u007fELF"u8.ToArray(), head);
    }

    [Fact]
    public void Native_build_of_the_default_kb_equals_the_jit_build()
    {
        AssertSameBuild(RepoPaths.Data);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Native_build_of_every_enterprise_technique_equals_the_jit_build()
    {
        AssertSameBuild(AllTechniquesKb.Folder, "--attack", Corpus.EnterpriseBundle);
    }

    /// <summary>
    /// Runs <c>build</c> with the native binary and with the JIT build (as the other process tests run the CLI), each
    /// from its own working directory into a relative <c>out</c>, so that even their console output must be equal
    /// (but for the working directory itself).
    /// </summary>
    private static void AssertSameBuild(string kb, params string[] extra)
    {
        string[] args = ["build", kb, "-o", "out", "--path-base", kb, .. extra];
        string nativeDir = ReleaseBuilds.Scratch($"native-{Guid.NewGuid():N}");
        string jitDir = ReleaseBuilds.Scratch($"jit-{Guid.NewGuid():N}");
        var native = ReferenceValidators.Run(Binary, args, nativeDir);
        var jit = CliProcess.Run(jitDir, args);
        Assert.True(jit.ExitCode is 0 or 1, jit.Stderr);
        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.Stdout, native.Stdout);
        // The summary names the output folder by its full path: the working directories differ, nothing else may.
        Assert.Equal(jit.Stderr.Replace(jitDir, "<cwd>", StringComparison.Ordinal),
            native.Stderr.Replace(nativeDir, "<cwd>", StringComparison.Ordinal));
        string jitManifest = OutputManifest.Of(Path.Combine(jitDir, "out"));
        Assert.Contains("  index.html\n", jitManifest);
        Assert.Equal(jitManifest, OutputManifest.Of(Path.Combine(nativeDir, "out")));
    }

    /// <summary>
    /// Any line that mentions a warning: MSBuild, compiler, trimmer or AOT compiler ("warning IL2026: …",
    /// "warning CS…") and MSBuild's "N Warning(s)" summary (only "0 Warning(s)" is allowed).
    /// </summary>
    [GeneratedRegex(@"^.*\bwarning\b.*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex WarningLines();
}
