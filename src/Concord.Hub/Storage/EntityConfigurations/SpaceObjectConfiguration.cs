using Concord.Hub.Agencies;
using Concord.Hub.SpaceObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class SpaceObjectConfiguration : IEntityTypeConfiguration<SpaceObject>
{
    public void Configure(EntityTypeBuilder<SpaceObject> builder)
    {
        builder.ToTable("space_objects");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.CatalogNumber).IsUnique();
        builder.Property(o => o.InternationalDesignator).HasMaxLength(16);
        builder.Property(o => o.Name).HasMaxLength(128).IsRequired();
        builder.Property(o => o.Owner).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.HasIndex(o => o.Owner);
        builder.Property(o => o.Originator).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(o => o.Marking).HasMarkingConversion();
        builder.Property(o => o.RelTo).HasAgencyListConversion();
        builder.Property(o => o.LaunchingState).HasMaxLength(2).IsFixedLength();
        builder.Property(o => o.LaunchSite).HasMaxLength(128);
        builder.Property(o => o.GeneralFunction).HasMaxLength(256);
        builder.Property(o => o.Status).HasStatusConversion();
        builder.Property(o => o.Claim).HasMaxLength(16).HasConversion(c => c.ToWireName(), c => ParseClaim(c)).IsRequired();
        builder.Property(o => o.ClaimReason).HasMaxLength(1024);
        builder.Property(o => o.CreatedAt).IsRequired();
        builder.Property(o => o.UpdatedAt).IsRequired();
    }

    private static ClaimStatus ParseClaim(string wireName) =>
        ClaimStatuses.TryParse(wireName, out ClaimStatus? claim) ? claim.Value : throw new InvalidOperationException($"Unknown claim status '{wireName}'.");
}
