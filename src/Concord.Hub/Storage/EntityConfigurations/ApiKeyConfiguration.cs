using Concord.Hub.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.SecretHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(k => k.SecretHash).IsUnique();
        // Stored by wire name so that rows read the same as the API and survive reordering the enum.
        builder.Property(k => k.Role).HasMaxLength(32).HasConversion(r => r.ToWireName(), s => ParseRole(s));
        builder.Property(k => k.CreatedAt).IsRequired();
        builder.Ignore(k => k.IsRevoked);
        builder.HasOne(k => k.Agency).WithMany().HasForeignKey(k => k.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }

    private static HubRole ParseRole(string wireName) =>
        HubRoles.TryParse(wireName, out HubRole? role)
            ? role.Value
            : throw new InvalidOperationException($"Stored API key role '{wireName}' is unknown.");
}
