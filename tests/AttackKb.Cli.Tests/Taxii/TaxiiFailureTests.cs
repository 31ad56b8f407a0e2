namespace AttackKb.Cli.Tests.Taxii;

/// <summary>
/// How `attackkb publish` fails against the real reference server: refused writes and credentials are named (403,
/// 401) and exit 1; a server that stops midway is exit 1 with a clear message, and the next publish finishes the job
/// without posting twice. A password never appears in any output.
/// </summary>
[Trait("Category", "Corpus")]
[Trait("Category", "Taxii")]
public sealed class TaxiiFailureTests(TaxiiFailureTests.SmallEnvelopeServer fixture)
    : IClassFixture<TaxiiFailureTests.SmallEnvelopeServer>
{
    /// <summary>A server whose API root takes at most 40,000 bytes per POST: the default KB needs several envelopes.
    /// </summary>
    public sealed class SmallEnvelopeServer() : TaxiiTestServer(40_000);

    private TaxiiServer Server => fixture.Server;

    [CorpusFact]
    public void Read_only_collection_is_exit_1_naming_the_403()
    {
        var r = CliRunner.Run(
            ["publish", RepoPaths.Data, "--taxii", Server.Collection(TaxiiServer.ReadOnly), .. Server.Writer]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("403", r.Stderr);
        Assert.Contains("Forbidden to write collection", r.Stderr);
        Assert.Contains(" 0 posted", r.Stderr);
        NoSecrets(r);
    }

    [CorpusFact]
    public void Wrong_password_is_a_clear_401()
    {
        var r = CliRunner.Run(
            "publish", RepoPaths.Data, "--taxii", Server.Collection(TaxiiServer.ReadWrite),
            "--user", "writer", "--password-env", TaxiiServer.WrongPasswordVariable);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("401", r.Stderr);
        Assert.Contains("did not accept the credentials", r.Stderr);
        Assert.DoesNotContain("not-the-password", r.Stdout + r.Stderr);
    }

    [CorpusFact]
    public void Missing_password_variable_is_a_usage_error_naming_the_variable()
    {
        var r = CliRunner.Run(
            "publish", RepoPaths.Data, "--taxii", Server.Collection(TaxiiServer.ReadWrite),
            "--user", "writer", "--password-env", "ATTACKKB_TEST_TAXII_UNSET");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'ATTACKKB_TEST_TAXII_UNSET' is not set", r.Stderr);
    }

    [Fact]
    public void Plain_http_to_another_host_is_refused()
    {
        var r = CliRunner.Run("publish", RepoPaths.Data, "--taxii", "http://taxii.example/kb/collections/x/");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("refusing plain http://", r.Stderr);
    }

    [CorpusFact]
    public void Server_stopping_midway_is_exit_1_and_the_next_publish_completes_the_job()
    {
        // This class's server is its own: no other test of the class writes to its read/write collection.
        const string collection = TaxiiServer.ReadWrite;
        string bundlePath = Path.Combine(RepoPaths.TempFolder("taxii-midway"), "bundle.json");
        Assert.Equal(0, CliRunner.Run("stix", RepoPaths.Data, "-o", bundlePath).ExitCode);
        var bundle = StixBundleFile.Objects(bundlePath);

        using var proxy = new StoppingProxy(Server.Port, postsBeforeStopping: 1);
        var stopped = CliRunner.Run(
            ["publish", RepoPaths.Data, "--taxii", Server.Collection(collection, proxy.Port), .. Server.Writer]);
        Assert.True(stopped.ExitCode == 1, stopped.Stderr);
        Assert.True(stopped.Stderr.Contains("cannot reach the server", StringComparison.Ordinal), stopped.Stderr);
        Assert.Contains("publishing again posts only what is still missing", stopped.Stderr);
        string[] firstPosted = StixBundleFile.Posted(stopped.Stdout);
        Assert.NotEmpty(firstPosted);
        Assert.True(firstPosted.Length < bundle.Count, stopped.Stdout);

        var resumed = CliRunner.Run(
            ["publish", RepoPaths.Data, "--taxii", Server.Collection(collection), .. Server.Writer]);
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        string[] secondPosted = StixBundleFile.Posted(resumed.Stdout);
        Assert.Empty(firstPosted.Intersect(secondPosted, StringComparer.Ordinal));
        Assert.Equal(bundle.Keys.Order(StringComparer.Ordinal),
            firstPosted.Concat(secondPosted).Order(StringComparer.Ordinal));
        NoSecrets(stopped);
        NoSecrets(resumed);
    }

    private static void NoSecrets(CliRunner.Result r)
    {
        Assert.DoesNotContain("writer-pass", r.Stdout + r.Stderr);
        Assert.DoesNotContain("d3JpdGVy", r.Stdout + r.Stderr); // base64 of "writer" as a Basic header starts
    }
}
