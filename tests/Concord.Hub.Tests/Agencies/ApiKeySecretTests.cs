using Concord.Hub.Agencies;

namespace Concord.Hub.Tests.Agencies;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void Create_Has256BitsAfterThePrefix_AndDiffersEachTime()
    {
        string first = ApiKeySecret.Create();
        string second = ApiKeySecret.Create();

        Assert.StartsWith(ApiKeySecret.Prefix, first, StringComparison.Ordinal);
        // 32 bytes in unpadded base64url are 43 characters.
        Assert.Equal(ApiKeySecret.Prefix.Length + 43, first.Length);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Hash_IsLowerHexSha256()
    {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeySecret.Hash("abc"));
    }
}
