using System.Diagnostics;

namespace AttackKb.Testing;

/// <summary>
/// The field's reference validators the tests run (installed in <c>tests/validators</c> by the README's test command:
/// <c>npm ci</c>): ajv with the OASIS STIX schemas and MITRE's attack-data-model (node), and the Nu Html Checker
/// (vnu.jar, java). Missing tools fail the test with the command that installs them: they are never skipped.
/// </summary>
public static class ReferenceValidators
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "validators");

    public static string NodeModule(params string[] parts)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")),
            "tests/validators/node_modules is missing: run `bash tests/run.sh` (it runs `npm ci` there), or `npm ci` in tests/validators");
        return Path.Combine([Folder, "node_modules", .. parts]);
    }

    public sealed record Output(int ExitCode, string Stdout, string Stderr);

    /// <summary>
    /// Runs a program to completion and captures both streams; <paramref name="environment"/> adds or replaces
    /// variables of the test process's environment.
    /// </summary>
    public static Output Run(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        Process process;
        try { process = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException($"cannot run '{program}' ({e.Message}): the README's test command installs it");
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Output(process.ExitCode, stdout, stderr.Result);
        }
    }
}
