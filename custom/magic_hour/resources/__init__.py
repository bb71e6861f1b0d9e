"""The API's resources, grouped by version as in the module docs: ``client.v1.ai_talking_photo`` …"""
