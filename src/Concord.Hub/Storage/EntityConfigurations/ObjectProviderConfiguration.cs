using Concord.Hub.Agencies;
using Concord.Hub.SpaceObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ObjectProviderConfiguration : IEntityTypeConfiguration<ObjectProvider>
{
    public void Configure(EntityTypeBuilder<ObjectProvider> builder)
    {
        builder.ToTable("object_providers");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.CatalogNumber, p.Agency }).IsUnique();
        builder.Property(p => p.Agency).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(p => p.DesignatedBy).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(p => p.DesignatedAt).IsRequired();
    }
}
