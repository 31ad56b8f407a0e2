namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// Runs the built CLI as a separate process with a chosen working directory: what a CI job does, and the only way to
/// test paths that are relative to the working directory without changing the test process's own.
/// </summary>
internal static class CliProcess
{
    public static ReferenceValidators.Output Run(string workingDirectory, params string[] args) =>
        ReferenceValidators.Run("dotnet", [typeof(Program).Assembly.Location, .. args], workingDirectory);
}
