namespace AttackKb.Core.Text;

/// <summary>
/// A value with the place it was written. Every fact the model holds from a user file is one of these.
/// </summary>
public readonly record struct Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => $"{Value} @ {Location}";
}

public static class Located
{
    public static Located<T> At<T>(T value, SourceLocation location) => new(value, location);
}
