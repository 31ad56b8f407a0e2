namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// `lint --fix` on a folder it may not write: the CLI reports AKB7210, fixes the other files, exits 1 and leaves the
/// locked note untouched. Root ignores folder permissions, so when the tests run as root (CI does) the CLI runs as
/// the unprivileged user `nobody` through util-linux's setpriv: the test is real either way, never skipped.
/// </summary>
public class ReadOnlyFixTests
{
    private const int Nobody = 65534;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_note_in_a_read_only_folder_is_reported_and_untouched_while_the_others_are_fixed()
    {
        string kb = RepoPaths.CopyFolder(
            RepoPaths.Cases("AttackKb.Cli.Tests", "fix", "before"), RepoPaths.TempFolder("fix-read-only"));
        string locked = Path.Combine(kb, "sigma");
        string lockedRule = File.ReadAllText(Path.Combine(locked, "rule.yml"));
        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                   UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        bool asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // nobody may read everything and write the KB root's files, but not the locked folder.
            foreach (string dir in Directory.GetDirectories(kb, "*", SearchOption.AllDirectories).Prepend(kb))
                File.SetUnixFileMode(dir, open | UnixFileMode.OtherWrite);
            foreach (string file in Directory.GetFiles(kb, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(file, File.GetUnixFileMode(file) | UnixFileMode.OtherWrite | UnixFileMode.OtherRead);
        }
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            // A copy inside the KB (read only as the release: the KB reads markdown and YAML), readable by nobody.
            string catalog = Path.Combine(kb, "release.catalog.json");
            File.Copy(Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json"), catalog);
            File.SetUnixFileMode(catalog, File.GetUnixFileMode(catalog) | UnixFileMode.OtherRead);
            var r = RunCli(asRoot, "lint", kb, "--fix", "--attack", catalog);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("sigma/rule.yml: error AKB7210", r.Stderr);
            Assert.Equal(lockedRule, File.ReadAllText(Path.Combine(locked, "rule.yml")));
            string after = RepoPaths.Cases("AttackKb.Cli.Tests", "fix", "after");
            Assert.Equal(File.ReadAllText(Path.Combine(after, "T1553.004.md")), File.ReadAllText(Path.Combine(kb, "T1553.004.md")));
            Assert.Empty(Directory.GetFiles(kb, "*.tmp*", SearchOption.AllDirectories));
        }
        finally { File.SetUnixFileMode(locked, open); }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static ReferenceValidators.Output RunCli(bool dropPrivileges, params string[] args)
    {
        string dll = dropPrivileges ? CopyReadableByEveryone() : typeof(Program).Assembly.Location;
        string[] command = dropPrivileges
            ? ["setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "env", "HOME=/tmp", "dotnet", dll, .. args]
            : ["dotnet", dll, .. args];
        return ReferenceValidators.Run(command[0], command[1..]);
    }

    /// <summary>
    /// The CLI's build output copied to a folder the unprivileged user can read: the checkout may sit under a private
    /// folder (mktemp -d makes 0700 ones) that `nobody` cannot enter.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string CopyReadableByEveryone()
    {
        string from = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        string to = RepoPaths.TempFolder("cli-for-nobody");
        foreach (string file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        var readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                       UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        for (var dir = new DirectoryInfo(to); dir is not null && dir.FullName != Path.GetTempPath().TrimEnd('/'); dir = dir.Parent)
            File.SetUnixFileMode(dir.FullName, readable);
        return Path.Combine(to, Path.GetFileName(typeof(Program).Assembly.Location));
    }
}
