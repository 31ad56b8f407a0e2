namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// Runs the built CLI as a separate process with a chosen working directory: what a CI job does, and the only way to
/// test paths that are relative to the working directory without changing the test process's own.
/// </summary>
internal static class CliProcess
{
    public static ReferenceValidators.Output Run(string workingDirectory, params string[] args)
    {
        string dll = typeof(Program).Assembly.Location;
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ReferenceValidators.Output(process.ExitCode, stdout, stderr.Result);
    }
}
