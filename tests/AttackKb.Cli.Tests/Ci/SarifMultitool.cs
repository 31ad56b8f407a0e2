using System.Text.Json;

namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// Microsoft's SARIF Multitool (npm <c>@microsoft/sarif-multitool</c>, installed in tests/validators by the test
/// command): <c>validate</c> checks a log against the SARIF 2.1.0 schema and its own rules, and writes its findings as
/// a SARIF log, which this reads back.
/// </summary>
internal static class SarifMultitool
{
    /// <summary>The validator's findings on <paramref name="sarifFile"/>, as <c>SARIFnnnn level: message</c> lines.</summary>
    public static IReadOnlyList<string> Validate(string sarifFile)
    {
        string tool = ReferenceValidators.NodeModule("@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        // npm may skip the package's postinstall chmod: make sure the binary can run.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tool, File.GetUnixFileMode(tool) | UnixFileMode.UserExecute);
        string output = sarifFile + ".validation.sarif";
        File.Delete(output);
        var run = ReferenceValidators.Run(tool, ["validate", sarifFile, "--output", output]);
        Assert.True(run.ExitCode == 0 && File.Exists(output), $"SARIF Multitool failed ({run.ExitCode}): {run.Stdout}{run.Stderr}");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(output));
        return doc.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(r => r.TryGetProperty("results", out var results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {(r.TryGetProperty("level", out var l) ? l.GetString() : "warning")}: " +
                         r.GetProperty("message").GetProperty("text").GetString())
            .ToArray();
    }
}
